package vn.danvan.model;

/**
 * The registration form of a model or an exemplary person. {@code resultLines} holds one figure per
 * line as "label; value; unit" (the unit may be left out).
 */
public record ModelForm(EntryKind kind, String name, ModelField field, String year, String description,
        String results, String resultLines, String peopleInvolved, String positionRole, String area) {

    static ModelForm empty(EntryKind kind, int year) {
        return new ModelForm(kind, null, null, Integer.toString(year), null, null, null, null, null, null);
    }
}
