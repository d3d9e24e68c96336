-- The rows of access_log_participant are derived: only the trigger access_log_participants writes them, from the
-- entry it has just inserted, in the same statement, and both tables refuse every update, delete and truncate. The
-- foreign key to access_log checked what cannot be otherwise, and its check (a locking look-up of the entry for
-- each row) cost more than half of writing the log entry of a list view that names 50 participants
-- (docs/performance.md, "Cooperation"). The searches read a row only together with the entry it points to and only
-- when that entry itself names the participant (LogSearch), so a row added by hand can neither invent an entry nor
-- attach one to the wrong participant; the chain of hashes over access_log keeps the entries tamper-evident.
alter table access_log_participant drop constraint access_log_participant_entry_id_fkey;
