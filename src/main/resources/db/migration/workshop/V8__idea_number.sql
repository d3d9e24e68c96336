-- A short number for every idea: in the phones' stream a score is keyed by it, "2n9c":3 instead of the idea's
-- 36-character id (LiveStream.message). Every phone gets every score, so in a big room the ids were a third of
-- the bytes. One sequence for all events: numbering per event would lock the event's row at every post.
-- Adding the column numbers the existing ideas.
alter table idea add column number bigint generated always as identity;
alter table idea add constraint idea_number_ux unique (number);
