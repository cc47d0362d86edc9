package vn.danvan.consultation;

/** The area form as typed; households stays text so that a wrong number comes back as typed. */
public record AreaForm(String name, String households, Long version) {

    static AreaForm empty() {
        return new AreaForm(null, null, null);
    }
}
