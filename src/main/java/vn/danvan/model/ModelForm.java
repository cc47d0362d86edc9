package vn.danvan.model;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * The registration form of a model or an exemplary person, and its edit while a draft. Which fields
 * are required depends on the kind ({@link ModelRules#checkRegistration}); the sizes are the columns'
 * (V21). {@code resultLines} holds one figure per line as "label; value; unit" (the unit may be left
 * out), at most {@value ModelRules#MAX_LINES} lines of a label of 300 and a unit of 50 characters:
 * 8000 characters leave room for them. Photos and files come with a registration only (a draft's
 * page adds more); {@code version} is the draft's as the edit page showed it.
 */
record ModelForm(
        EntryKind kind,
        @Size(max = 300) String name,
        ModelField field,
        Integer year,
        @Size(max = 8000) String description,
        @Size(max = 8000) String results,
        @Size(max = 8000) String resultLines,
        @Size(max = 2000) String peopleInvolved,
        @Size(max = 300) String positionRole,
        @Size(max = 300) String area,
        List<MultipartFile> photos,
        List<MultipartFile> files,
        Long version) {

    static ModelForm empty(EntryKind kind, int year) {
        return new ModelForm(kind, null, null, year, null, null, null, null, null, null, List.of(), List.of(), null);
    }

    boolean person() {
        return kind == EntryKind.PERSON;
    }
}
