-- A mail that could not be sent is tried again later, ever less often, instead of being given up after
-- a fixed number of attempts (a mail server down for a few minutes stranded every queued mail).
alter table outbox_message add column next_attempt_at timestamptz;
create index outbox_message_due_ix on outbox_message (next_attempt_at, created_at) where sent_at is null;
