-- Lists page by keyset (shared.web.Keyset): each list's order is a total order (its sort key, then the id), and
-- an index in that order lets a page start after the last row shown without reading the rows before it. Each
-- replaces the one-column index it extends.

-- the petition inbox: soonest due first
create index petition_inbox_idx on petition (answer_due, id);
drop index petition_answer_due_idx;

-- the portal's published answers: newest answer first, among the published ones
create index petition_published_list_idx on petition (published, answered_at, id);
drop index petition_published_idx;

-- dossiers: newest received first
create index dossier_list_idx on dossier (received_at, id);
drop index dossier_received_ix;

-- people (administrators' list): by accent-free name
create index person_list_idx on person (search_key, id);
drop index person_search_idx;

-- accounts are listed by username, which account_username_uk already orders

-- the audit log: newest first
create index audit_entry_list_idx on audit_entry (occurred_at, id);
drop index audit_entry_occurred_idx;

-- the mail outbox: newest first
create index mail_outbox_list_idx on mail_outbox (created_at, id);
drop index mail_outbox_created_idx;
