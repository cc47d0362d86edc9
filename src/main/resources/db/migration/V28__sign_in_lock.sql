-- Failed sign-ins are counted, and an account locked, per account AND client address (issue 13): a
-- stranger who types wrong passwords for the administrator locks only their own address out, never
-- the administrator at theirs. account.failed_attempts and account.locked_until remain as what the
-- administrators' screen shows (the count since the last success, the latest lock).
create table sign_in_lock (
    username        varchar(100)             not null,
    client_address  varchar(64)              not null,
    failures        integer                  not null,
    locked_until    timestamp with time zone,
    updated_at      timestamp with time zone not null,
    constraint sign_in_lock_pk primary key (username, client_address)
);
