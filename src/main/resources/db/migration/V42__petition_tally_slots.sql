-- A count of the petitions' tally spread over 16 slots (the petition's id modulo 16): every petition received before
-- it is routed counts under (unit 0, RECEIVED), so each receipt updated that one row and the receipts of all clients
-- waited for each other's transactions (issue 17: 252-293 Open311 requests a second). A total is the sum over the
-- slots, as it already was over units and states. Rows of earlier counts stay in slot 0.
alter table petition_tally add column slot smallint default 0 not null;
alter table petition_tally drop constraint petition_tally_pk;
alter table petition_tally add constraint petition_tally_pk primary key (unit_id, status, listed, slot);
