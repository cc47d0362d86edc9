-- PostgreSQL only (spring.flyway.locations: classpath:db/vendor/{vendor}): accent-free search by word is
-- "search_key like '%word%'" on a key normalised in Java (shared.text.VietnameseText.searchKey); a trigram GIN
-- index answers it without reading every row. The embedded H2 database keeps plain like, with no such index.
create extension if not exists pg_trgm;

-- The extension may live in another schema than the application's (a server whose database already had it, the
-- application on a schema of its own): its operator classes are found through the search path of this migration.
do $$
declare
    home text;
begin
    select n.nspname into home from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    execute format('set local search_path = %I, %I', current_schema(), home);
end
$$;

create index petition_search_trgm on petition using gin (search_key gin_trgm_ops);
create index petition_public_search_trgm on petition using gin (public_search_key gin_trgm_ops);
create index person_search_trgm on person using gin (search_key gin_trgm_ops);
create index account_username_trgm on account using gin (lower(username) gin_trgm_ops);
create index unit_search_trgm on unit using gin (search_key gin_trgm_ops);
create index mail_outbox_search_trgm on mail_outbox using gin (search_key gin_trgm_ops);
create index guiding_document_search_trgm on guiding_document using gin (search_key gin_trgm_ops);
create index plan_item_search_trgm on plan_item using gin (search_key gin_trgm_ops);
