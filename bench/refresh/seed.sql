-- Summary refresh benchmark (bench/README.md, "Summary refresh"): :petitions petitions received this year, from
-- 1 January to now, spread over every unit but the root and the provinces' committees (as bench/scale), on top of
-- bench/scale/seed.sql run with petitions=0. Written without the app, so their working days to answer are not
-- stored (a database from before V40). Older than 30 days: closed, answered (one in ten) or refused (one in fifty),
-- one in a thousand still in progress (overdue), one in five closed ones rated; the last 30 days in every open state.
create temporary table target_unit as
select row_number() over (order by id) - 1 as n, id from unit where code <> 'VN' and kind <> 'PEOPLES_COMMITTEE';
create unique index on target_unit (n);
create temporary table cat as select row_number() over (order by id) - 1 as n, id from petition_category;
create temporary table span as
select date_trunc('year', now()) as first, now() - date_trunc('year', now()) as length;
insert into petition (code, kind, category_id, channel, title, content, search_key, unit_id, status, received_at,
                      acceptance_due, answer_due, published, answered_at, rating, rated_at, created_at, updated_at,
                      version)
select 'PR-' || lpad(i::text, 9, '0'), 'FEEDBACK', category_id, 'WEB', 'Phản ánh số ' || i, 'Nội dung phản ánh số ' || i,
       'pr-' || lpad(i::text, 9, '0') || ' phan anh so ' || i, unit_id, status, received_at,
       received_at::date + 10, received_at::date + 30, false, answered_at,
       case when status = 'CLOSED' and i % 5 = 0 then 1 + (i % 5)::int end,
       case when status = 'CLOSED' and i % 5 = 0 then least(answered_at + interval '2 days', now()) end,
       received_at, received_at, 0
from (
  select i, category_id, unit_id, received_at, status,
         case when status in ('ANSWERED', 'CLOSED')
              then least(received_at + ((i % 37) + 1) * interval '1 day', now()) end as answered_at
  from (
    select i, (select id from cat where n = i % (select count(*) from cat)) as category_id, tu.id as unit_id,
           received_at,
           case when i % 1000 = 1 and received_at < now() - interval '40 days' then 'IN_PROGRESS'
                when received_at < now() - interval '30 days' then
                     case when i % 10 = 3 then 'ANSWERED' when i % 50 = 9 then 'REFUSED' else 'CLOSED' end
                else (array['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWER_DRAFTED', 'ANSWERED'])[1 + (i % 6)::int]
           end as status
    from (select i, (select first from span) + (select length from span) * (i::float8 / (:petitions + 1)) as received_at
          from generate_series(1, :petitions) i) g
    join target_unit tu on tu.n = (g.i::bigint * 7919) % (select count(*) from target_unit)
  ) s
) p;
analyze petition;
select count(*) as petitions_this_year, count(answered_at) as answered from petition
where received_at >= date_trunc('year', now());
