package vn.danvan.planning;

/** The filters of the guiding documents list as typed; all optional. {@code state}: "active" or "retired". */
record GuideFilter(String q, Integer year, String state) {

    public Boolean active() {
        return "active".equals(state) ? Boolean.TRUE : "retired".equals(state) ? Boolean.FALSE : null;
    }
}
