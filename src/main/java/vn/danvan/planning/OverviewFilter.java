package vn.danvan.planning;

/** The overview's filters as shown: the year and the state chosen (blank for every state). */
record OverviewFilter(Integer year, String state) {
}
