package vn.danvan.organisation;

import java.time.LocalDate;

/** A person (cán bộ, công chức, viên chức) and the position they hold in a unit. */
public record PersonView(long id, String fullName, String title, long unitId, String unitName, String email,
        String phone, LocalDate retiredOn, long version) {
}
