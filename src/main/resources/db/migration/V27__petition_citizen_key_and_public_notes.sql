-- A tracking code is not a key (issue 13). The code follows a petition in public (lookup, Open311
-- listing); rating the answer, asking to reopen it and reading a private answer need the citizen key,
-- a second secret shown once to the petitioner (receipt page, receipt e-mail, counter slip). Only its
-- SHA-256 is kept. Petitions received before this change have none: they cannot be rated online.
alter table petition add column citizen_key_hash varchar(64);

-- The double-submit key of a form is kept as its SHA-256 too (the citizen key is derived from it, so
-- that a form sent twice shows the same key); keys kept in clear before are dropped.
update petition set submission_key = null;

-- A step's note reaches the petitioner and the public lookup only when the officer chose so on a
-- form that says it is public. Notes written before were never chosen: they stay internal.
alter table petition_step add column note_public boolean not null default false;
update petition_step set note_public = true where action = 'MERGE';
