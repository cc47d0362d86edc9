/**
 * Audit (nhật ký thay đổi): the append-only log of every create, update and retire, and of every
 * view of a citizen's personal data. Other modules call {@link vn.danvan.audit.AuditService}; no
 * code path edits or deletes an entry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jobs"})
package vn.danvan.audit;
