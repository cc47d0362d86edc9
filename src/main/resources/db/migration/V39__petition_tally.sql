-- Petitions counted per unit, state and public listing, kept by PetitionRepository in the same transaction as
-- every insert and save: the totals of the inbox and of the public answers list without counting millions of rows
-- (issue 16). unit_id 0: not yet routed to a unit. listed: on the public answers list (published with its answer,
-- answered or closed, of a unit), the condition of PublicAnswers.PUBLISHED.
create table petition_tally (
    unit_id bigint      not null,
    status  varchar(20) not null,
    listed  boolean     not null,
    n       bigint      not null,
    constraint petition_tally_pk primary key (unit_id, status, listed)
);

insert into petition_tally (unit_id, status, listed, n)
select unit_key, status, listed, count(*)
from (select coalesce(unit_id, 0) as unit_key, status,
             case when published and answered_at is not null and public_answer is not null
                       and status in ('ANSWERED', 'CLOSED') and unit_id is not null then true else false end as listed
      from petition) p
group by unit_key, status, listed;
