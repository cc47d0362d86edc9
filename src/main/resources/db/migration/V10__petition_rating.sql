-- The petitioner's rating of the answer (once) and request to reopen it (once, within 30 days).
alter table petition add column rating int;
alter table petition add column rating_comment varchar(1000);
alter table petition add column rated_at timestamp with time zone;
alter table petition add column reopen_requested_at timestamp with time zone;
