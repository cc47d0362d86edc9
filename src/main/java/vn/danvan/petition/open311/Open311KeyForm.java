package vn.danvan.petition.open311;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.text.VietnameseText;

/** A new Open311 API key: a name that says which client application it is for. */
record Open311KeyForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String name) {

    static Open311KeyForm empty() {
        return new Open311KeyForm(null);
    }

    String cleanName() {
        return VietnameseText.clean(name);
    }
}
