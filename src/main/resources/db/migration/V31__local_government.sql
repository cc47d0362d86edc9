-- The local government DanVan serves (issue 14): which People's Committee issues the consolidated
-- report and the commendation decisions, which office consolidates the yearly reports (Phòng Nội vụ
-- of a district in 2018, Sở Nội vụ of a province after 1 July 2025, or a commune's own office), the
-- Fatherland Front committee, the party committee named in recipient lists, the locality's name and
-- the directive cited as the basis. One row, edited by an administrator and audited; without it the
-- values are derived from the unit tree.
create table local_government (
    id                   integer                  not null primary key,
    committee_unit_id    bigint                   not null references unit (id),
    home_affairs_unit_id bigint                   not null references unit (id),
    front_unit_id        bigint references unit (id),
    party_committee      varchar(200),
    locality             varchar(200)             not null,
    directive_basis      varchar(1000),
    report_recipients    varchar(2000),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint                   not null default 1,
    constraint local_government_one_row check (id = 1)
);
