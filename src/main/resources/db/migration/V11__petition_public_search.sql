-- The public answers are searched only in what is public (code, title, published answer), never in
-- the petition's content, which may hold personal data.
alter table petition add column public_search_key varchar(11000);
