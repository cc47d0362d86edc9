package vn.danvan.organisation.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.organisation.PersonView;

/**
 * The person form as typed: who they are, the position they hold, and whether they head the unit.
 * The sizes are the columns' (V2, table {@code person}). An unticked box sends nothing: not head.
 */
record PersonForm(
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String title,
        @NotNull Long unitId,
        @Email @Size(max = 255) String email,
        @Size(max = 50) @Pattern(regexp = "[0-9 +().-]*", message = "{person.error.phoneFormat}") String phone,
        Boolean head,
        Long version) {

    static PersonForm empty(Long unitId) {
        return new PersonForm(null, null, unitId, null, null, false, 0L);
    }

    static PersonForm of(PersonView p, boolean head) {
        return new PersonForm(p.fullName(), p.title(), p.unitId(), p.email(), p.phone(), head, p.version());
    }

    boolean appointsHead() {
        return Boolean.TRUE.equals(head);
    }

    PersonData data() {
        return new PersonData(VietnameseText.clean(fullName), VietnameseText.clean(title), unitId, email,
                VietnameseText.clean(phone));
    }
}
