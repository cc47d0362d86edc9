/**
 * Notification (thông báo): in-app notices for staff accounts, and e-mail sent through an outbox
 * (hộp thư đi). Other modules call {@link vn.danvan.notification.NotificationService} inside their
 * own transaction; it only writes rows, and a scheduled task on one node at a time hands pending
 * mail to the SMTP server when one is configured. Without SMTP settings mail stays in the outbox,
 * which administrators read at {@code /admin/outbox}. E-mail addresses are personal data: they are
 * stored for delivery and shown to administrators, never logged. Uses {@code organisation} for the
 * signed-in account and for an account's e-mail address.
 *
 * <p>Telling someone once (a deadline warning, an escalation, a reminder) goes through
 * {@link vn.danvan.notification.NoticeService#notifyOnce}: a module supplies a
 * {@link vn.danvan.notification.DueNotices} bean (its "what is due now" query) and the {@code due-notices}
 * task sends what was not sent before, recorded in {@code notice_sent}. Work arriving (a new petition or
 * dossier, a plan to approve, a reporting period opened, a report returned, a supervision request) is told
 * the same way: the module publishes an event in its transaction and its own listener calls
 * {@code notifyOnce} after the commit, with a key per record and event.
 *
 * <p>Each person chooses how notices reach them by e-mail ({@link vn.danvan.notification.MailChoice}, at
 * {@code /account/notices}): each by its own mail, one digest of the day the next morning (the
 * {@code mail-digest} task, once per person and day in {@code mail_digest_sent}), or none; the in-app notice
 * is there whatever the choice.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit", "jobs"})
package vn.danvan.notification;
