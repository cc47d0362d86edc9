-- Per-address rate limits shared by several nodes (issue 17, point 4): one row per limit and client
-- address, kept by bucket4j's PostgreSQL backend (shared.web.AddressRateLimits). id is the limit's
-- name, ':' and the address; state is bucket4j's serialised bucket; expires_at (epoch milliseconds)
-- is when the bucket is full again plus a margin, after which a recurring task deletes the row.
-- PostgreSQL only: on the embedded database the limits stay in memory (one node).
create table rate_limit_bucket (
    id          varchar(200) primary key,
    state       bytea,
    expires_at  bigint
);
create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
