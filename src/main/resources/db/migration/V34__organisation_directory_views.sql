-- The organisation module owns unit, person, account and account_role. Other modules that need a
-- unit's or a person's name in their SQL join these read-only views instead of the tables, so that
-- organisation may change its tables behind them (documented in organisation/package-info.java).
-- They carry no contact details (e-mail, phone) and no credentials.

-- Units: the tree and the names shown beside other modules' records.
create view org_unit as
select id, code, name, kind, parent_id, retired_on
  from unit;

-- People of the units: officials named on records (inspection members, violating officials).
create view org_person as
select id, full_name, title, unit_id, retired_on
  from person;

-- Accounts with the name of their person: who did a step, who is assigned a petition.
create view org_staff as
select a.id as account_id, a.username, a.unit_id, p.id as person_id, p.full_name, p.title
  from account a
  join person p on p.id = a.person_id;
