package vn.danvan.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATE, UPDATE, RETIRE, VIEW_PERSONAL_DATA
}
