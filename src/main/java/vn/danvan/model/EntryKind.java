package vn.danvan.model;

/** What a unit registers: a model (mô hình) or an exemplary person (điển hình tiên tiến). */
enum EntryKind {
    MODEL, PERSON;

    public String messageKey() {
        return "model.kind." + name();
    }
}
