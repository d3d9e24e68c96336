-- A short number for every idea and wall: in the phones' stream a score names its idea by it, "2n9c":3 instead of
-- the idea's 36-character id, and a card its wall (LiveStream.message, LiveFeeds.participantJson). Every phone gets
-- every score and card, so in a big room the ids were a third of the bytes. One sequence for all events: numbering
-- per event would lock the event's row at every post. Adding the columns numbers the existing rows.
alter table idea add column number bigint generated always as identity;
alter table idea add constraint idea_number_ux unique (number);
alter table wall add column number bigint generated always as identity;
alter table wall add constraint wall_number_ux unique (number);
