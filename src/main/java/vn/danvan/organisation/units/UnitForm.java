package vn.danvan.organisation.units;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;

/** The unit form as typed. The sizes are the columns' (V2, table {@code unit}). */
record UnitForm(
        @NotBlank @Size(max = 30)
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.error.codeFormat}") String code,
        @NotBlank @Size(max = 255) String name,
        @NotNull UnitKind kind,
        Long parentId,
        @Size(max = 500) String address,
        @Size(max = 50) String phone,
        @Email @Size(max = 255) String email,
        Long version) {

    static UnitForm empty(Long parentId) {
        return new UnitForm(null, null, null, parentId, null, null, null, 0L);
    }

    static UnitForm of(UnitView u) {
        return new UnitForm(u.code(), u.name(), u.kind(), u.parentId(), u.address(), u.phone(), u.email(),
                u.version());
    }

    UnitData data() {
        return new UnitData(code.toUpperCase(Locale.ROOT), VietnameseText.clean(name), kind, parentId,
                VietnameseText.clean(address), phone, email);
    }
}
