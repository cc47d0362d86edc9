package vn.danvan.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;

/** The person form as typed: who they are, the position they hold, and whether they head the unit. */
record PersonForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
        String fullName,
        @Size(max = 200, message = "{validation.size.max}") String title,
        @NotNull(message = "{validation.required}") Long unitId,
        @Email(message = "{validation.email}") @Size(max = 255, message = "{validation.size.max}") String email,
        @Size(max = 50, message = "{validation.size.max}")
        @Pattern(regexp = "[0-9 +().-]*", message = "{person.error.phoneFormat}") String phone,
        Boolean head,
        long version) {

    /** An unticked box sends nothing: not head. */
    PersonForm {
        head = Boolean.TRUE.equals(head);
    }

    static PersonForm empty(Long unitId) {
        return new PersonForm(null, null, unitId, null, null, false, 0);
    }

    static PersonForm of(PersonView p, boolean head) {
        return new PersonForm(p.fullName(), p.title(), p.unitId(), p.email(), p.phone(), head, p.version());
    }

    PersonData data() {
        return new PersonData(VietnameseText.clean(fullName), VietnameseText.clean(title), unitId,
                email == null ? null : email.strip(), phone == null ? null : VietnameseText.clean(phone));
    }
}
