-- National shape after 1 July 2025 on top of the two-tier-2025 demo set (see bench/README.md, "Scale benchmark"):
-- a country-wide root above the demo's UBND Thành phố Hồ Chí Minh, 34 provinces (the demo city is one), each
-- with its departments, 3,321 communes in all (the city 168), each commune with the four offices of Nghị định
-- 150/2025/NĐ-CP, a head (person) for every unit, an officer account per commune; :petitions petitions over ten
-- years, :dossiers dossiers over five, and this year's yearly report from every unit (40 indicators each).
-- Set-based statements only. Variables: petitions, dossiers (psql -v). Run on a database the app migrated.
\set ON_ERROR_STOP on
\timing on
set maintenance_work_mem = '1GB';        -- index builds after the load
set session_replication_role = replica;  -- the rows are consistent by construction: skip per-row FK triggers

-- Names: two syllables from a list of twenty, with and without accents (the search keys are accent-free).
create temporary table syl (n int primary key, w text, k text);
insert into syl values (0,'An','an'),(1,'Bình','binh'),(2,'Phú','phu'),(3,'Hòa','hoa'),(4,'Tân','tan'),
  (5,'Long','long'),(6,'Thạnh','thanh'),(7,'Phước','phuoc'),(8,'Hưng','hung'),(9,'Mỹ','my'),(10,'Thuận','thuan'),
  (11,'Đông','dong'),(12,'Tây','tay'),(13,'Nam','nam'),(14,'Bắc','bac'),(15,'Trung','trung'),(16,'Hiệp','hiep'),
  (17,'Lộc','loc'),(18,'Thành','thanh'),(19,'Quang','quang');

-- The 34 provinces of Nghị quyết 202/2025/QH15; the demo's city (its root unit) is number 27.
create temporary table prov (n int primary key, name text, key text, communes int);
insert into prov (n, name, key) values
  (1,'Thành phố Hà Nội','thanh pho ha noi'),(2,'Thành phố Huế','thanh pho hue'),(3,'tỉnh Lai Châu','tinh lai chau'),
  (4,'tỉnh Điện Biên','tinh dien bien'),(5,'tỉnh Sơn La','tinh son la'),(6,'tỉnh Lạng Sơn','tinh lang son'),
  (7,'tỉnh Quảng Ninh','tinh quang ninh'),(8,'tỉnh Thanh Hóa','tinh thanh hoa'),(9,'tỉnh Nghệ An','tinh nghe an'),
  (10,'tỉnh Hà Tĩnh','tinh ha tinh'),(11,'tỉnh Cao Bằng','tinh cao bang'),(12,'tỉnh Tuyên Quang','tinh tuyen quang'),
  (13,'tỉnh Lào Cai','tinh lao cai'),(14,'tỉnh Thái Nguyên','tinh thai nguyen'),(15,'tỉnh Phú Thọ','tinh phu tho'),
  (16,'tỉnh Bắc Ninh','tinh bac ninh'),(17,'tỉnh Hưng Yên','tinh hung yen'),(18,'Thành phố Hải Phòng','thanh pho hai phong'),
  (19,'tỉnh Ninh Bình','tinh ninh binh'),(20,'tỉnh Quảng Trị','tinh quang tri'),(21,'Thành phố Đà Nẵng','thanh pho da nang'),
  (22,'tỉnh Quảng Ngãi','tinh quang ngai'),(23,'tỉnh Gia Lai','tinh gia lai'),(24,'tỉnh Khánh Hòa','tinh khanh hoa'),
  (25,'tỉnh Lâm Đồng','tinh lam dong'),(26,'tỉnh Đắk Lắk','tinh dak lak'),(27,'Thành phố Hồ Chí Minh','thanh pho ho chi minh'),
  (28,'tỉnh Đồng Nai','tinh dong nai'),(29,'tỉnh Tây Ninh','tinh tay ninh'),(30,'Thành phố Cần Thơ','thanh pho can tho'),
  (31,'tỉnh Vĩnh Long','tinh vinh long'),(32,'tỉnh Đồng Tháp','tinh dong thap'),(33,'tỉnh Cà Mau','tinh ca mau'),
  (34,'tỉnh An Giang','tinh an giang');
-- 3,321 communes: the city 168, 18 provinces 96 and 15 provinces 95.
update prov set communes = case when n = 27 then 168 when n <= 18 then 96 else 95 end;

-- The country-wide root, above the demo's root.
insert into unit (code, name, search_key, kind, active_from, created_at, updated_at, version)
values ('VN', 'Cả nước (đơn vị gốc toàn quốc)', 'ca nuoc don vi goc toan quoc vn', 'PEOPLES_COMMITTEE',
        date '2025-07-01', now(), now(), 0);
update unit set parent_id = (select id from unit where code = 'VN') where parent_id is null and code <> 'VN';

-- Provinces (the city exists already), then each one's departments.
insert into unit (code, name, search_key, kind, parent_id, active_from, created_at, updated_at, version)
select 'T' || lpad(n::text, 2, '0'), 'Ủy ban nhân dân ' || name, 'uy ban nhan dan ' || key || ' t' || lpad(n::text, 2, '0'),
       'PEOPLES_COMMITTEE', (select id from unit where code = 'VN'), date '2025-07-01', now(), now(), 0
from prov where n <> 27;
create temporary table prov_unit as
select p.n, p.name, p.key, p.communes, u.id
from prov p join unit u on u.code = 'T' || lpad(p.n::text, 2, '0')
union all
select p.n, p.name, p.key, p.communes, (select id from unit where code = 'UBND-TPHCM')
from prov p where p.n = 27;

create temporary table dept (n int primary key, name text, key text);
insert into dept values (1,'Văn phòng Ủy ban nhân dân','van phong uy ban nhan dan'),(2,'Sở Nội vụ','so noi vu'),
  (3,'Sở Tài chính','so tai chinh'),(4,'Sở Xây dựng','so xay dung'),(5,'Sở Nông nghiệp và Môi trường','so nong nghiep va moi truong'),
  (6,'Sở Y tế','so y te'),(7,'Sở Giáo dục và Đào tạo','so giao duc va dao tao'),(8,'Sở Tư pháp','so tu phap'),
  (9,'Sở Văn hóa, Thể thao và Du lịch','so van hoa the thao va du lich'),(10,'Sở Khoa học và Công nghệ','so khoa hoc va cong nghe'),
  (11,'Sở Công Thương','so cong thuong'),(12,'Thanh tra','thanh tra');
insert into unit (code, name, search_key, kind, parent_id, active_from, created_at, updated_at, version)
select 'T' || lpad(p.n::text, 2, '0') || '-S' || lpad(d.n::text, 2, '0'), d.name || ' ' || p.name,
       d.key || ' ' || p.key, 'SPECIALISED_OFFICE', p.id, date '2025-07-01', now(), now(), 0
from prov_unit p cross join dept d where p.n <> 27;

-- Communes: numbered across the country; the city's count includes the demo's communes.
create temporary table commune_slot as
select p.n as prov, p.id as prov_id, p.name as prov_name, s.i,
       row_number() over (order by p.n, s.i) as cn
from prov_unit p
cross join lateral generate_series(1, p.communes - case when p.n = 27 then
    (select count(*) from unit where parent_id = p.id and kind = 'COMMUNE_COMMITTEE') else 0 end) s(i);
insert into unit (code, name, search_key, kind, parent_id, active_from, created_at, updated_at, version)
select 'X' || lpad(cn::text, 4, '0'),
       'Ủy ban nhân dân xã ' || a.w || ' ' || b.w || ' (' || prov_name || ')',
       'uy ban nhan dan xa ' || a.k || ' ' || b.k || ' x' || lpad(cn::text, 4, '0'),
       'COMMUNE_COMMITTEE', prov_id, date '2025-07-01', now(), now(), 0
from commune_slot c join syl a on a.n = c.i % 20 join syl b on b.n = (c.i / 20) % 20;

create temporary table office (n int primary key, name text, key text, kind text);
insert into office values (1,'Văn phòng HĐND và UBND','van phong hdnd va ubnd','SPECIALISED_OFFICE'),
  (2,'Phòng Kinh tế','phong kinh te','SPECIALISED_OFFICE'),(3,'Phòng Văn hóa - Xã hội','phong van hoa xa hoi','SPECIALISED_OFFICE'),
  (4,'Trung tâm Phục vụ hành chính công','trung tam phuc vu hanh chinh cong','PUBLIC_SERVICE_UNIT');
insert into unit (code, name, search_key, kind, parent_id, active_from, created_at, updated_at, version)
select u.code || '-' || o.n, o.name || ' ' || substr(u.name, length('Ủy ban nhân dân ') + 1),
       o.key || ' ' || u.search_key, o.kind, u.id, date '2025-07-01', now(), now(), 0
from unit u cross join office o where u.code ~ '^X[0-9]{4}$';

-- A head for every unit that has none, and an officer account for every seeded commune (the demo's password).
insert into person (full_name, search_key, unit_id, title, created_at, updated_at, version)
select 'Nguyễn Văn ' || a.w || ' ' || u.id, 'nguyen van ' || a.k || ' ' || u.id, u.id, 'Người đứng đầu', now(), now(), 0
from unit u join syl a on a.n = u.id % 20 where u.head_person_id is null;
update unit u set head_person_id = p.id from person p
where p.unit_id = u.id and p.title = 'Người đứng đầu' and p.full_name like 'Nguyễn Văn %' and u.head_person_id is null;
insert into account (username, password_hash, person_id, unit_id, created_at, updated_at, version)
select lower(u.code) || '.canbo', (select password_hash from account where username = 'anbinh.canbo'), u.head_person_id,
       u.id, now(), now(), 0
from unit u where u.code ~ '^X[0-9]{4}$';
insert into account_role (account_id, role)
select a.id, 'OFFICER' from account a where a.username ~ '^x[0-9]{4}\.canbo$';

-- The country-wide Chairman (the demo's password), at the root.
insert into person (full_name, search_key, unit_id, title, created_at, updated_at, version)
select 'Trần Quốc Toàn', 'tran quoc toan', id, 'Chủ tịch (benchmark)', now(), now(), 0 from unit where code = 'VN';
insert into account (username, password_hash, person_id, unit_id, created_at, updated_at, version)
select 'chutich.toanquoc', (select password_hash from account where username = 'chutich'),
       (select id from person where full_name = 'Trần Quốc Toàn'), id, now(), now(), 0 from unit where code = 'VN';
insert into account_role (account_id, role) select id, 'LEADER' from account where username = 'chutich.toanquoc';
-- Home Affairs of the whole country (Bộ Nội vụ, at the root), who ranks the communes for commendation.
insert into unit (code, name, search_key, kind, parent_id, active_from, created_at, updated_at, version)
select 'VN-BNV', 'Bộ Nội vụ', 'bo noi vu vn-bnv', 'SPECIALISED_OFFICE', id, date '2025-07-01', now(), now(), 0
from unit where code = 'VN';
insert into person (full_name, search_key, unit_id, title, created_at, updated_at, version)
select 'Lê Thị Hạnh', 'le thi hanh', id, 'Chuyên viên (benchmark)', now(), now(), 0 from unit where code = 'VN-BNV';
insert into account (username, password_hash, person_id, unit_id, created_at, updated_at, version)
select 'noivu.toanquoc', (select password_hash from account where username = 'noivu'),
       (select id from person where full_name = 'Lê Thị Hạnh'), id, now(), now(), 0 from unit where code = 'VN-BNV';
insert into account_role (account_id, role) select id, 'HOME_AFFAIRS' from account where username = 'noivu.toanquoc';

select count(*) as units, count(*) filter (where kind = 'COMMUNE_COMMITTEE') as communes,
       count(*) filter (where parent_id = (select id from unit where code = 'VN')) as provinces from unit;

-- Secondary indexes of the big tables are dropped for the load and built again after it (whatever indexes the
-- migrations made, e.g. trigram ones on PostgreSQL); primary keys and unique constraints stay.
create temporary table saved_index as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = 'public' and i.tablename in ('petition', 'petition_step', 'dossier', 'dossier_step')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
do $$ declare r record; begin
  for r in select indexname from saved_index loop execute 'drop index ' || quote_ident(r.indexname); end loop;
end $$;

-- Petitions: :petitions over ten years up to now, ids in time order, to every unit but the root and the provinces'
-- committees; codes PA-XXXXX-XXXXX (i * odd constant mod 2^50 in Crockford base32: unique). Old ones are
-- closed or answered (about 8 % after their due date), the last 60 days still open, one in a thousand older ones
-- still open (overdue). Ten petitions carry the rare words "xưởng nhuộm vải" (search by a rare word).
create temporary table target_unit as
select row_number() over (order by id) - 1 as n, id from unit
where code <> 'VN' and kind <> 'PEOPLES_COMMITTEE';
create unique index on target_unit (n);
create temporary table cat as select row_number() over (order by id) - 1 as n, id from petition_category;
create temporary table topic (n int primary key, title text, key text);
insert into topic values
  (0,'Đèn đường hỏng nhiều ngày chưa sửa','den duong hong nhieu ngay chua sua'),
  (1,'Rác thải chưa được thu gom đúng giờ','rac thai chua duoc thu gom dung gio'),
  (2,'Ngập nước sau mưa trên tuyến đường','ngap nuoc sau mua tren tuyen duong'),
  (3,'Tiếng ồn kéo dài sau 22 giờ','tieng on keo dai sau 22 gio'),
  (4,'Lấn chiếm vỉa hè để kinh doanh','lan chiem via he de kinh doanh'),
  (5,'Đề nghị cấp giấy chứng nhận quyền sử dụng đất','de nghi cap giay chung nhan quyen su dung dat'),
  (6,'Công trình xây dựng không phép','cong trinh xay dung khong phep'),
  (7,'Nước sinh hoạt bị đục, có mùi','nuoc sinh hoat bi duc co mui');
\set span '(interval ''3650 days'')'
create temporary table before_seed as select coalesce(max(id), 0) as petition_id from petition;
insert into petition (code, kind, category_id, channel, title, content, place, search_key, unit_id, status,
                      received_at, acceptance_due, answer_due, answer, public_answer, published, answered_at,
                      rating, public_search_key, created_at, updated_at, version)
select code, kind, category_id, channel, title, content, place,
       lower(code) || ' ' || key || ' noi dung phan anh ' || place_key,
       unit_id, status, received_at, received_at::date + 10, received_at::date + 30,
       case when answered then 'Đơn vị đã kiểm tra và xử lý nội dung phản ánh.' end,
       case when published then 'Đã kiểm tra, xử lý xong nội dung phản ánh.' end,
       published,
       case when answered then received_at + ((i % 37) + 1) * interval '1 day' end,
       case when status = 'CLOSED' and i % 5 = 0 then 1 + (i % 5)::int end,
       case when published then lower(code) || ' ' || key || ' da kiem tra xu ly xong noi dung phan anh' end,
       received_at, received_at, 0
from (
  select i, code, kind, category_id, channel, title, key, unit_id, received_at, status,
         status in ('ANSWERED', 'CLOSED') as answered,
         status in ('ANSWERED', 'CLOSED') and i % 10 = 0 as published,
         'Nội dung phản ánh: ' || title || '. Đề nghị cơ quan có thẩm quyền xem xét, giải quyết.' as content,
         'Tổ dân phố ' || (i % 40 + 1) as place, 'to dan pho ' || (i % 40 + 1) as place_key
  from (
    select i,
           'PA-' || substr(c, 1, 5) || '-' || substr(c, 6, 5) as code,
           case when i % 3 = 0 then 'PROPOSAL' else 'FEEDBACK' end as kind,
           (select id from cat where n = i % (select count(*) from cat)) as category_id,
           (array['WEB', 'COUNTER', 'PHONE', 'LETTER'])[1 + (i % 4)::int] as channel,
           case when i % 1000003 = 7 then 'Xưởng nhuộm vải xả nước thải ra kênh' else t.title end as title,
           case when i % 1000003 = 7 then 'xuong nhuom vai xa nuoc thai ra kenh' else t.key end as key,
           tu.id as unit_id,
           now() - :span + (i * extract(epoch from :span) / :petitions) * interval '1 second' as received_at,
           case when i % 1000 = 1 and i < :petitions * 0.98 then 'IN_PROGRESS'
                when i < :petitions * (1 - 60.0 / 3650) then
                     case when i % 10 = 3 then 'ANSWERED' when i % 50 = 9 then 'REFUSED' else 'CLOSED' end
                else (array['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWER_DRAFTED', 'ANSWERED'])[1 + (i % 6)::int]
           end as status
    from (
      select i, (select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ',
                     (((i * 2654435761::bigint) % 1125899906842624) >> (5 * (9 - k)) & 31)::int + 1, 1), '' order by k)
                 from generate_series(0, 9) k) as c
      from generate_series(1, :petitions) i
    ) g
    join topic t on t.n = g.i % 8
    join target_unit tu on tu.n = (g.i::bigint * 7919) % (select count(*) from target_unit)
  ) s
) p;
insert into petition_step (petition_id, occurred_at, actor, action, from_status, to_status, note, public_step)
select id, received_at, 'benchmark', 'RECEIVE', null, 'RECEIVED', null, true from petition where id > (select petition_id from before_seed);

-- Dossiers: :dossiers over five years at the communes' one-stop centres, most returned, the last 20 days open.
insert into dossier (code, procedure_id, unit_id, applicant_name, applicant_phone, received_at, received_by,
                     received_by_name, due_date, state, returned_at, rating, created_at, updated_at, version)
select 'HS-BENCH-' || lpad(i::text, 8, '0'), pr.id, cu.id, 'Công dân ' || i, null, at, 'benchmark',
       'Cán bộ một cửa', at::date + 7,
       case when i < :dossiers * (1 - 20.0 / 1825) then 'RETURNED'
            else (array['RECEIVED', 'IN_PROGRESS', 'RESULT_READY'])[1 + (i % 3)::int] end,
       case when i < :dossiers * (1 - 20.0 / 1825) then at + ((i % 9) + 1) * interval '1 day' end,
       case when i % 4 = 0 then 3 + (i % 3)::int end, at, at, 0
from (select i, now() - interval '1825 days' + (i * 1825.0 * 86400 / :dossiers) * interval '1 second' as at
      from generate_series(1, :dossiers) i) g
join (select row_number() over (order by id) - 1 as n, id from unit where code ~ '^X[0-9]{4}-4$') cu
  on cu.n = (g.i::bigint * 7919) % (select count(*) from unit where code ~ '^X[0-9]{4}-4$')
cross join lateral (select id from dossier_procedure order by id
                    offset (g.i % (select count(*) from dossier_procedure)) limit 1) pr;

do $$ declare r record; begin
  for r in select indexdef from saved_index loop execute r.indexdef; end loop;
end $$;

-- This year's yearly report from every unit: a template of 40 indicators, one period, one report per unit.
insert into reporting_template (name, created_at, updated_at, version) values ('Quy mô toàn quốc: 40 chỉ tiêu', now(), now(), 0);
create temporary table st as select max(id) as id from reporting_template where name = 'Quy mô toàn quốc: 40 chỉ tiêu';
insert into reporting_template_section (template_id, position, code, title, guidance)
select (select id from st), position, code, title, guidance from reporting_template_section
where template_id = (select min(id) from reporting_template);
insert into reporting_template_indicator (template_id, position, code, label, kind, manual, unit_of_measure, source,
                                          directive_clause)
select (select id from st), k, 'scale.' || k, 'Chỉ tiêu quy mô số ' || k,
       case k % 3 when 1 then 'COUNT' when 2 then 'PERCENT' else 'YES_NO' end, true,
       case k % 3 when 1 then 'lượt' end, 'Benchmark', '3'
from generate_series(1, 40) k;
insert into reporting_period (report_year, template_id, deadline, grace_days, span_from, span_to, opened_by,
                              created_at, updated_at, version)
select extract(year from current_date)::int, (select id from st), make_date(extract(year from current_date)::int, 10, 15),
       0, make_date(extract(year from current_date)::int - 1, 10, 16), make_date(extract(year from current_date)::int, 10, 15),
       'benchmark-scale', now(), now(), 0;
create temporary table sp as select max(id) as id from reporting_period where opened_by = 'benchmark-scale';
insert into unit_report (period_id, unit_id, state, self_rating, submitted_at, on_time, created_at, updated_at, version)
select (select id from sp), u.id,
       case when u.id % 10 = 0 then 'DRAFT' when u.id % 4 = 0 then 'SUBMITTED' else 'ACCEPTED' end,
       (array['EXCELLENT', 'GOOD', 'DONE', 'NOT_DONE'])[1 + (u.id % 4)::int],
       case when u.id % 10 <> 0 then make_date(extract(year from current_date)::int, 10, 1)::timestamptz
                                     + (u.id % 20) * interval '1 day' end,
       case when u.id % 10 <> 0 then u.id % 20 <= 14 end,
       now(), now(), 1
from unit u where u.code <> 'VN';
insert into report_value (report_id, indicator_code, value_numeric)
select r.id, 'scale.' || k,
       case k % 3 when 1 then ((r.unit_id * 7919 + k * 104729) % 500)::numeric
                  when 2 then ((r.unit_id * 7919 + k * 104729) % 10001) / 100.0
                  else (((r.unit_id * 31 + k * 17) % 7) < 4)::int end
from unit_report r cross join generate_series(1, 40) k
where r.period_id = (select id from sp) and r.state <> 'DRAFT';

-- The petitions' tally (V39) as the app keeps it: the rows above were written without the app.
delete from petition_tally;
insert into petition_tally (unit_id, status, listed, n)
select unit_key, status, listed, count(*)
from (select coalesce(unit_id, 0) as unit_key, status,
             case when published and answered_at is not null and public_answer is not null
                       and status in ('ANSWERED', 'CLOSED') and unit_id is not null then true else false end as listed
      from petition) p
group by unit_key, status, listed;
set session_replication_role = origin;
analyze;
select (select count(*) from unit) as units, (select count(*) from petition) as petitions,
       (select count(*) from dossier) as dossiers, (select count(*) from unit_report where period_id = (select id from sp)) as reports,
       (select count(*) from report_value) as figures, (select count(*) from account) as accounts;
