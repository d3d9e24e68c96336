-- Cooperation between a jobcenter and a provider: the agreement, its participants, their status history and
-- their consent. Organisation and person ids refer to identity's tables, offer ids to catalog's; the module
-- keeps no foreign key into another module's tables. Everything that belongs to one participant hangs off
-- participant.id with "on delete cascade", so that retention deletes a participation with one statement
-- (individual plans, attendance, proposals and messages of later migrations do the same).
-- Special categories (health, disability, minority) are never stored in clear text: the columns *_sealed hold
-- Google Tink AEAD ciphertext (AES256-GCM, the participant id as associated data), written only with an
-- explicit consent for that category.
-- The participant tables are called coop_participant* (workshop has a table "participant" of its live walls).

create table agreement (
    id                        uuid primary key default gen_random_uuid(),
    jobcenter_id              uuid          not null,
    provider_id               uuid          not null,
    title                     varchar(200)  not null,
    -- the programme or the offers the agreement covers, in words
    programme                 varchar(4000),
    valid_from                date          not null,
    valid_until               date          not null,
    -- DRAFT, ACTIVE (confirmed by both sides), ENDED, CANCELLED (with reason)
    status                    varchar(20)   not null default 'DRAFT'
        check (status in ('DRAFT', 'ACTIVE', 'ENDED', 'CANCELLED')),
    status_reason             varchar(1000),
    ended_at                  date,
    -- QUARTERLY (default), MONTHLY, HALF_YEARLY, YEARLY
    reporting_rhythm          varchar(20)   not null default 'QUARTERLY'
        check (reporting_rhythm in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    next_report_due           date,
    -- the equal-opportunity officer who receives the reports (a person of the jobcenter)
    officer_id                uuid,
    -- the kinds of personal data the provider may process: a closed list (see the check)
    data_categories           varchar(40)[] not null default '{IDENTITY_CONTACT}'
        check (data_categories <@ array['IDENTITY_CONTACT', 'GOALS_PLAN', 'ATTENDANCE', 'HEALTH',
            'FAMILY_SITUATION', 'DISABILITY', 'MINORITY', 'EDUCATION', 'EMPLOYMENT_HISTORY', 'LANGUAGE_SKILLS',
            'SUCCESS_STORY']::varchar(40)[]),
    -- the kinds of change the provider may only propose (the jobcenter decides), e.g. EXTEND, END,
    -- CHANGE_START, CHANGE_END, CHANGE_HOURS, OTHER; the rest the provider makes directly
    decision_required         varchar(40)[] not null default '{EXTEND,END,CHANGE_START,CHANGE_END,CHANGE_HOURS}',
    -- how long provider staff still see a participation after it or the agreement ended (NAV: 40 days)
    provider_visibility_days  int           not null default 40 check (provider_visibility_days between 0 and 3650),
    -- how long a participation's record is kept after it ended, then deleted by the retention job
    retention_days            int           not null default 730 check (retention_days between 0 and 36500),
    jobcenter_confirmed_at    timestamptz,
    jobcenter_confirmed_by    uuid,
    provider_confirmed_at     timestamptz,
    provider_confirmed_by     uuid,
    version                   int           not null default 1,
    created_at                timestamptz   not null default now(),
    created_by                uuid          not null,
    modified_at               timestamptz   not null default now(),
    check (valid_until >= valid_from),
    check (jobcenter_id <> provider_id)
);
create index agreement_jobcenter_ix on agreement (jobcenter_id);
create index agreement_provider_ix on agreement (provider_id);

-- every change of an agreement: the whole agreement after it as JSON, with who and when
create table agreement_version (
    agreement_id uuid        not null references agreement (id) on delete cascade,
    version      int         not null,
    -- CREATED, CHANGED, CONFIRMED_JOBCENTER, CONFIRMED_PROVIDER, ACTIVATED, ENDED, CANCELLED, STAFF, CONTACTS
    change       varchar(40) not null,
    content      jsonb       not null,
    changed_at   timestamptz not null default now(),
    changed_by   uuid        not null,
    primary key (agreement_id, version)
);

-- the catalog offers (catalog's offer.id) the agreement covers
create table agreement_offer (
    agreement_id uuid not null references agreement (id) on delete cascade,
    offer_id     uuid not null,
    primary key (agreement_id, offer_id)
);

-- provider staff within an agreement: COORDINATOR sees the whole list, CASEWORKER the assigned participants
-- (NAV's KOORDINATOR / VEILEDER); a person of the provider organisation
create table agreement_staff (
    agreement_id uuid        not null references agreement (id) on delete cascade,
    person_id    uuid        not null,
    role         varchar(20) not null check (role in ('COORDINATOR', 'CASEWORKER')),
    added_at     timestamptz not null default now(),
    added_by     uuid        not null,
    primary key (agreement_id, person_id, role)
);
create index agreement_staff_person_ix on agreement_staff (person_id);

-- contacts on both sides (a person of the jobcenter or of the provider, or a name with a function)
create table agreement_contact (
    id           uuid primary key default gen_random_uuid(),
    agreement_id uuid         not null references agreement (id) on delete cascade,
    side         varchar(20)  not null check (side in ('JOBCENTER', 'PROVIDER')),
    person_id    uuid,
    name         varchar(200) not null,
    function     varchar(200),
    email        varchar(254),
    phone        varchar(50),
    position     int          not null default 0
);
create index agreement_contact_agreement_ix on agreement_contact (agreement_id);

create table coop_participant (
    id                 uuid primary key default gen_random_uuid(),
    agreement_id       uuid          not null references agreement (id) on delete cascade,
    -- the catalog offer (one of the agreement's) the person takes part in, if any
    offer_id           uuid,
    first_name         varchar(100)  not null,
    last_name          varchar(100)  not null,
    email              varchar(254),
    phone              varchar(50),
    date_of_birth      date          not null,
    gender             varchar(20)   not null default 'NOT_STATED'
        check (gender in ('WOMAN', 'MAN', 'NON_BINARY', 'NOT_STATED')),
    -- the language the person reads: de, da, en (consent text, letters)
    language           varchar(2)    not null default 'de',
    -- NAV's model: ASSIGNED, WAITING_FOR_START, PARTICIPATING, INTERRUPTED, ENDED, NOT_RELEVANT,
    -- REGISTERED_BY_MISTAKE
    status             varchar(30)   not null default 'ASSIGNED'
        check (status in ('ASSIGNED', 'WAITING_FOR_START', 'PARTICIPATING', 'INTERRUPTED', 'ENDED',
            'NOT_RELEVANT', 'REGISTERED_BY_MISTAKE')),
    -- INTERRUPTED: PARENTAL_LEAVE, SICKNESS, OTHER; ENDED: COMPLETED, DROPPED_OUT; NOT_RELEVANT: …
    status_reason      varchar(40),
    status_note        varchar(1000),
    status_since       date          not null default current_date,
    start_date         date,
    planned_end_date   date,
    -- ENDED: where the person went (EMPLOYMENT, TRAINING, OTHER_SUPPORT, UNEMPLOYED, UNKNOWN, OTHER)
    exit_destination   varchar(40),
    -- set when the participation ended (ENDED, NOT_RELEVANT, REGISTERED_BY_MISTAKE): the visibility window and
    -- the retention period count from here
    ended_at           date,
    -- special categories: Tink AEAD ciphertext, associated data = participant id; null when not recorded
    health_sealed      bytea,
    disability_sealed  bytea,
    minority_sealed    bytea,
    assigned_at        timestamptz   not null default now(),
    assigned_by        uuid          not null,
    modified_at        timestamptz   not null default now(),
    check (ended_at is null or status in ('ENDED', 'NOT_RELEVANT', 'REGISTERED_BY_MISTAKE'))
);
create index coop_participant_agreement_ix on coop_participant (agreement_id, last_name, first_name);
create index coop_participant_ended_ix on coop_participant (ended_at) where ended_at is not null;

-- every status a participant had, with reason and who set it
create table coop_participant_status (
    id             bigint generated always as identity primary key,
    participant_id uuid         not null references coop_participant (id) on delete cascade,
    status         varchar(30)  not null,
    reason         varchar(40),
    note           varchar(1000),
    exit_destination varchar(40),
    valid_from     date         not null,
    changed_at     timestamptz  not null default now(),
    changed_by     uuid         not null
);
create index coop_participant_status_participant_ix on coop_participant_status (participant_id, changed_at);

-- provider caseworkers assigned to a participant (by the agreement's coordinator)
create table coop_participant_assignment (
    participant_id uuid        not null references coop_participant (id) on delete cascade,
    person_id      uuid        not null,
    assigned_at    timestamptz not null default now(),
    assigned_by    uuid        not null,
    primary key (participant_id, person_id)
);
create index coop_participant_assignment_person_ix on coop_participant_assignment (person_id);

-- the text a participant consents to: versioned per language, printable to sign
create table consent_text (
    id           uuid primary key default gen_random_uuid(),
    -- null: the platform's general text; otherwise the jobcenter's own
    organisation_id uuid,
    version      int           not null,
    language     varchar(2)    not null,
    title        varchar(200)  not null,
    body         text          not null,
    valid_from   date          not null default current_date,
    created_at   timestamptz   not null default now(),
    unique nulls not distinct (organisation_id, version, language)
);

-- a participant's consent: which text, which data categories, which organisations, given when and how, by
-- whom recorded; withdrawn_at ends it at once (the row stays: it proves what was allowed when)
create table consent (
    id               uuid primary key default gen_random_uuid(),
    participant_id   uuid          not null references coop_participant (id) on delete cascade,
    text_id          uuid          not null references consent_text (id),
    data_categories  varchar(40)[] not null,
    -- the organisations that may process the data under it (the jobcenter and the provider, usually)
    organisation_ids uuid[]        not null,
    given_on         date          not null,
    -- PAPER (signed form) or IN_PERSON (stated in a meeting, noted)
    given_how        varchar(20)   not null check (given_how in ('PAPER', 'IN_PERSON')),
    recorded_at      timestamptz   not null default now(),
    recorded_by      uuid          not null,
    -- a separate consent to a (pseudonymised) success story
    success_story    boolean       not null default false,
    withdrawn_at     timestamptz,
    withdrawn_by     uuid,
    withdrawal_note  varchar(1000)
);
create index consent_participant_ix on consent (participant_id);
