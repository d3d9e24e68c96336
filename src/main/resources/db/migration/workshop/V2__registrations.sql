-- Registration for events: the organiser's settings on the event, registrations with a waiting list,
-- co-organising organisations, the mail outbox, and the lock table of jobs that run once across nodes.

-- registration is off until the organiser opens it; no capacity means no limit
alter table event
    add column registration_open      boolean not null default false,
    add column capacity               integer check (capacity > 0),
    add column registration_closes_at timestamptz;

-- other organisations that organise the event with its owner (ids refer to identity's organisations)
create table event_co_organiser (
    event_id        uuid        not null references event (id) on delete cascade,
    organisation_id uuid        not null,
    added_at        timestamptz not null default now(),
    primary key (event_id, organisation_id)
);
create index event_co_organiser_organisation_ix on event_co_organiser (organisation_id);

-- a person's registration; the cancel link's token is kept only as its SHA-256 hash
create table registration (
    id                uuid primary key default gen_random_uuid(),
    event_id          uuid          not null references event (id) on delete cascade,
    name              varchar(200)  not null,
    email             varchar(254)  not null,
    note              varchar(1000),
    language          varchar(2)    not null,
    status            varchar(20)   not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    cancel_token_hash bytea         not null unique,
    created_at        timestamptz   not null default now(),
    confirmed_at      timestamptz,
    cancelled_at      timestamptz,
    reminded_at       timestamptz
);
-- one active registration per e-mail and event; after a cancellation the person may register again
create unique index registration_active_email_ux on registration (event_id, lower(email)) where status <> 'CANCELLED';
create index registration_event_ix on registration (event_id, status, created_at);

-- every mail is written here in the transaction that causes it and sent later (transactional outbox);
-- without a mail server the messages stay here and the organiser's outbox page lists them
create table outbox_message (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid          not null,
    event_id        uuid          references event (id) on delete set null,
    kind            varchar(30)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text,
    created_at      timestamptz   not null default now(),
    sent_at         timestamptz,
    attempts        integer       not null default 0,
    last_error      varchar(300)
);
create index outbox_message_pending_ix on outbox_message (created_at) where sent_at is null;
create index outbox_message_organisation_ix on outbox_message (organisation_id, created_at);

-- ShedLock (net.javacrumbs.shedlock): a scheduled job runs on one node at a time
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
