-- The individual plan per participant (issue 12, "Working together on the plan") and the messages between the
-- two sides. Both sides read and write the plan within what the agreement allows (data category GOALS_PLAN).
-- Everything hangs off coop_participant(id) with "on delete cascade": retention deletes a participation with one
-- statement. Offer module ids refer to catalog's offer_module.id (no foreign key into another module's tables).

-- one row per participant that has a plan: the integration goal and the plan's version counter. Every change of
-- the plan (goal, milestone, module, note) raises version by one in the same transaction and writes one row of
-- coop_plan_version; a form carries the version it was read at, so a stale form changes nothing (optimistic lock).
create table coop_plan (
    participant_id   uuid primary key references coop_participant (id) on delete cascade,
    integration_goal varchar(2000),
    version          int         not null default 0,
    modified_at      timestamptz not null default now(),
    modified_by      uuid
);

-- individual goals
create table coop_plan_goal (
    id             uuid primary key default gen_random_uuid(),
    participant_id uuid          not null references coop_participant (id) on delete cascade,
    position       int           not null default 0,
    text           varchar(500)  not null,
    achieved_on    date
);
create index coop_plan_goal_participant_ix on coop_plan_goal (participant_id, position);

-- milestones: date, title, done
create table coop_plan_milestone (
    id             uuid primary key default gen_random_uuid(),
    participant_id uuid          not null references coop_participant (id) on delete cascade,
    due_on         date          not null,
    title          varchar(200)  not null,
    done_on        date
);
create index coop_plan_milestone_participant_ix on coop_plan_milestone (participant_id, due_on);

-- the offer's modules the participant goes through (the catalog offer's modules as the starting list), with the
-- dates started and completed; the report counts completed modules from here
create table coop_plan_module (
    id              uuid primary key default gen_random_uuid(),
    participant_id  uuid          not null references coop_participant (id) on delete cascade,
    -- catalog's offer_module.id, if the module comes from the participant's offer
    offer_module_id uuid,
    name            varchar(200)  not null,
    position        int,
    started_on      date,
    completed_on    date,
    check (completed_on is null or started_on is null or completed_on >= started_on)
);
create index coop_plan_module_participant_ix on coop_plan_module (participant_id, position);
create unique index coop_plan_module_offer_ix on coop_plan_module (participant_id, offer_module_id)
    where offer_module_id is not null;

-- notes on the plan, by either side; kept as written
create table coop_plan_note (
    id             uuid primary key default gen_random_uuid(),
    participant_id uuid          not null references coop_participant (id) on delete cascade,
    body           varchar(2000) not null,
    side           varchar(20)   not null check (side in ('JOBCENTER', 'PROVIDER')),
    written_at     timestamptz   not null default now(),
    written_by     uuid          not null
);
create index coop_plan_note_participant_ix on coop_plan_note (participant_id, written_at);

-- every change of a plan: who, which side, when, and what changed in words (a change code with the subject it
-- names and the new value, shown through the message bundles in the reader's language)
create table coop_plan_version (
    participant_id uuid          not null references coop_participant (id) on delete cascade,
    version        int           not null,
    -- INTEGRATION_GOAL, GOAL_ADDED, GOAL_ACHIEVED, GOAL_REOPENED, GOAL_REMOVED, MILESTONE_ADDED, MILESTONE_DONE,
    -- MILESTONE_REOPENED, MILESTONE_REMOVED, MODULES_FROM_OFFER, MODULE_ADDED, MODULE_DATES, MODULE_REMOVED, NOTE_ADDED
    change         varchar(40)   not null,
    subject        varchar(2000),
    detail         varchar(2000),
    side           varchar(20)   not null check (side in ('JOBCENTER', 'PROVIDER')),
    changed_at     timestamptz   not null default now(),
    changed_by     uuid          not null,
    primary key (participant_id, version)
);

-- messages: a short thread per participant between the jobcenter and the provider (no e-mail of social data);
-- read_at is set when someone of the other side opens the thread
create table coop_message (
    id             uuid primary key default gen_random_uuid(),
    participant_id uuid          not null references coop_participant (id) on delete cascade,
    side           varchar(20)   not null check (side in ('JOBCENTER', 'PROVIDER')),
    body           varchar(2000) not null,
    sent_at        timestamptz   not null default now(),
    sent_by        uuid          not null,
    read_at        timestamptz,
    read_by        uuid
);
create index coop_message_participant_ix on coop_message (participant_id, sent_at);
create index coop_message_unread_ix on coop_message (participant_id, side) where read_at is null;
