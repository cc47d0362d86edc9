package vn.danvan.audit;

/** What happened to a record. */
enum AuditAction {
    CREATE, UPDATE, RETIRE, VIEW_PERSONAL_DATA
}
