-- Dialogue follow-up: the minutes' number from the outgoing-document register, given the first time
-- the minutes are issued and reused afterwards; and on a petition, where it came from (a generic label
-- and path, e.g. the dialogue conference a question was raised at), which the petition module only
-- stores and shows, so that it does not depend on the module that created it.

alter table dialogue_conference add column minutes_number varchar(100);
alter table dialogue_conference add column minutes_issued_on date;

alter table petition add column source_label varchar(500);
alter table petition add column source_path varchar(300);
