-- Summary refreshes at national scale (issue 16): figures as one grouped query per chunk of units, never a read
-- of every petition or dossier into Java.

-- A petition's answer timing (petition.handling.AnswerTiming), stored by PetitionRepository.save whenever the
-- petition is saved with an answer: the working days from its receipt to its answer (the calendar, with its
-- holidays and make-up days, is Java's) and whether it was answered by its due date. Null for one never answered,
-- and for those answered before this migration: PetitionFiguresSummary's refresh writes theirs back in batches
-- (petition.figures.AnswerTimings), and until then PetitionFigures works them out itself.
alter table petition add column answer_working_days int;
alter table petition add column answered_on_time boolean;

-- the petitions a unit received in a period (PetitionFigures; on PostgreSQL with the summed columns, V40_1)
create index petition_unit_received_idx on petition (unit_id, received_at);

-- the dossiers a unit received, returned (on PostgreSQL with the counted columns, V40_1), or apologised for in a
-- period (DossierIndicators); open ones by dossier_unit_state_ix
create index dossier_unit_received_idx on dossier (unit_id, received_at);
create index dossier_unit_returned_idx on dossier (unit_id, returned_at);
create index dossier_unit_apology_idx on dossier (unit_id, apology_issued_at);
