package vn.danvan.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;

/** The unit form as typed. */
record UnitForm(
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.size.max}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.error.codeFormat}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.size.max}") String name,
        @NotNull(message = "{validation.required}") UnitKind kind,
        Long parentId,
        @Size(max = 500, message = "{validation.size.max}") String address,
        @Size(max = 50, message = "{validation.size.max}") String phone,
        @Email(message = "{validation.email}") @Size(max = 255, message = "{validation.size.max}") String email,
        long version) {

    static UnitForm empty(Long parentId) {
        return new UnitForm(null, null, null, parentId, null, null, null, 0);
    }

    static UnitForm of(UnitView u) {
        return new UnitForm(u.code(), u.name(), u.kind(), u.parentId(), u.address(), u.phone(), u.email(),
                u.version());
    }

    UnitData data() {
        return new UnitData(code.strip().toUpperCase(), VietnameseText.clean(name), kind, parentId,
                VietnameseText.clean(address), phone, email);
    }
}
