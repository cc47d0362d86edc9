-- PostgreSQL only (V40 holds the portable part).

-- The petitions a unit received in a period, with every column PetitionFigures sums: its grouped query per chunk of
-- units reads the index alone (an index-only scan), a few pages per unit, instead of visiting a heap page for each
-- petition (a unit's petitions lie one to a page among everyone's: a chunk of 1,000 units read the whole year).
drop index petition_unit_received_idx;
create index petition_unit_received_idx on petition (unit_id, received_at)
    include (status, answered_at, answer_due, answer_working_days, answered_on_time, rating, rated_at);

-- Likewise the dossiers a unit returned in a period, with what DossierIndicators counts of them.
drop index dossier_unit_returned_idx;
create index dossier_unit_returned_idx on dossier (unit_id, returned_at) include (state, due_date, rating);

-- The answered petitions whose answer timing is not stored yet (V40), which each petition figures refresh looks
-- for (petition.figures.AnswerTimings). The partial index holds just those rows, so it is empty, and the look-up
-- free, once they are filled; H2 (a district's data) has no partial indexes and reads the table.
create index petition_answer_timing_missing_idx on petition (id)
    where answered_at is not null and answer_working_days is null;
