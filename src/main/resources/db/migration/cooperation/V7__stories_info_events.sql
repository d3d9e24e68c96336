-- Success stories and info events (issue 12, part coop-story).
-- A success story belongs to one participant (one story per participation) and rests on a consent with
-- success_story = true (the participant's separate consent for it). It is pseudonymised: the pseudonym replaces the
-- first name; the text has no date of birth and no place smaller than the district. The provider writes it, the
-- jobcenter approves it or sends it back with a reason, an approved story may be published on the public site.
-- When the consent is withdrawn the story is withdrawn at once: title and text are erased, the row stays with
-- status WITHDRAWN (public pages also check the consent on every read).
create table coop_story (
    id              uuid primary key default gen_random_uuid(),
    participant_id  uuid          not null unique references coop_participant (id) on delete cascade,
    consent_id      uuid          not null references consent (id) on delete cascade,
    -- DRAFT, SUBMITTED (awaits the jobcenter), SENT_BACK (with reason), APPROVED, PUBLISHED, WITHDRAWN
    status          varchar(20)   not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'SENT_BACK', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
    pseudonym       varchar(60)   not null,
    title           varchar(200)  not null,
    body            varchar(6000) not null,
    -- the district (or larger) where the story happens, if named
    district        varchar(100),
    review_reason   varchar(1000),
    version         int           not null default 1,
    created_at      timestamptz   not null default now(),
    created_by      uuid          not null,
    modified_at     timestamptz   not null default now(),
    modified_by     uuid          not null,
    reviewed_at     timestamptz,
    reviewed_by     uuid,
    published_at    timestamptz,
    withdrawn_at    timestamptz
);
create index coop_story_published_ix on coop_story (published_at) where status = 'PUBLISHED';

-- info events about an offer of the agreement: a workshop event (format INFO_EVENT) owned by the jobcenter with the
-- provider as co-organiser, created by provider staff of the agreement
create table coop_info_event (
    event_id      uuid primary key,
    agreement_id  uuid        not null references agreement (id) on delete cascade,
    offer_id      uuid,
    created_at    timestamptz not null default now(),
    created_by    uuid        not null
);
create index coop_info_event_agreement_ix on coop_info_event (agreement_id);

-- a participant invited to an info event by a jobcenter caseworker (a printed letter, never an e-mail)
create table coop_info_invitation (
    participant_id uuid        not null references coop_participant (id) on delete cascade,
    event_id       uuid        not null references coop_info_event (event_id) on delete cascade,
    invited_at     timestamptz not null default now(),
    invited_by     uuid        not null,
    primary key (participant_id, event_id)
);
