package vn.danvan.petition.intake;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * What the public petition form carries about the files kept from its earlier tries: the token that names them
 * ({@code heldFiles}, a hidden field) and the ids of those whose box "remove" is ticked ({@code dropFile}).
 */
record KeptFiles(@Size(max = 64) String heldFiles, List<Long> dropFile) {

    /** The token, unless the form was tampered with (then the files kept are simply not found). */
    static String token(KeptFiles kept, org.springframework.validation.BindingResult result) {
        return kept == null || result.hasErrors() ? null : kept.heldFiles();
    }
}
