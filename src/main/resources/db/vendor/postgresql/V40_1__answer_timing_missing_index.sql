-- PostgreSQL only: the answered petitions whose answer timing is not stored yet (V40), which each petition
-- figures refresh looks for (petition.figures.AnswerTimings). The partial index holds just those rows, so it is
-- empty, and the look-up free, once they are filled; H2 (a district's data) has no partial indexes and reads the
-- table.
create index petition_answer_timing_missing_idx on petition (id)
    where answered_at is not null and answer_working_days is null;
