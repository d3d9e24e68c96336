-- The live part of an event: theme walls, participants who joined by code, ideas, dots, moderation,
-- and the numbered changes that live clients follow (Server-Sent Events, resumed by Last-Event-ID).
create extension if not exists pg_trgm;

create table live_session (
    event_id                uuid primary key references event (id) on delete cascade,
    code                    varchar(12)   not null unique,
    state                   varchar(20)   not null default 'NOT_STARTED',
    voting_open             boolean       not null default false,
    pre_moderation          boolean       not null default false,
    dot_budget              int           not null default 5 check (dot_budget between 1 and 100),
    max_dots_per_idea       int           not null default 3 check (max_dots_per_idea between 1 and 100),
    ideas_per_minute        int           not null default 6 check (ideas_per_minute between 1 and 1000),
    event_ideas_per_minute  int           not null default 3000 check (event_ideas_per_minute between 1 and 100000),
    blocked_words           varchar(4000) not null default '',
    results_published       boolean       not null default false,
    -- the number of the last change; taken under this row's lock, so changes are numbered without gaps
    -- in the order their transactions commit
    last_seq                bigint        not null default 0
);

create table wall (
    id           uuid primary key default gen_random_uuid(),
    event_id     uuid         not null references event (id) on delete cascade,
    position     int          not null,
    title        varchar(200) not null,
    question     varchar(500),
    target_group varchar(200),
    open         boolean      not null default false,
    created_at   timestamptz  not null default now()
);
create index wall_event_ix on wall (event_id, position);

-- people who joined the live session; known by a token kept in their browser (only its hash is here),
-- an optional nickname, and the person if they were signed in. No e-mail, no IP address.
create table participant (
    id         uuid primary key default gen_random_uuid(),
    event_id   uuid        not null references event (id) on delete cascade,
    token_hash bytea       not null unique,
    nickname   varchar(40),
    person_id  uuid,
    dots_used  int         not null default 0 check (dots_used >= 0),
    joined_at  timestamptz not null default now()
);
create index participant_event_ix on participant (event_id);

create table idea (
    id             uuid primary key default gen_random_uuid(),
    event_id       uuid         not null references event (id) on delete cascade,
    wall_id        uuid         not null references wall (id) on delete cascade,
    participant_id uuid references participant (id) on delete set null,
    nickname       varchar(40),
    text           varchar(500) not null,
    -- the author's words before a moderator corrected them; shown beside the correction
    original_text  varchar(500),
    author_edited  boolean      not null default false,
    status         varchar(20)  not null,
    hidden_reason  varchar(300),
    pinned         boolean      not null default false,
    merged_into    uuid references idea (id),
    dots           int          not null default 0 check (dots >= 0),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index idea_wall_ix on idea (wall_id, created_at);
create index idea_event_ix on idea (event_id, created_at);
create index idea_participant_ix on idea (participant_id, created_at);
create index idea_merged_into_ix on idea (merged_into) where merged_into is not null;
create index idea_text_trgm_ix on idea using gin (text gin_trgm_ops);

create table dot (
    idea_id        uuid not null references idea (id) on delete cascade,
    participant_id uuid not null references participant (id) on delete cascade,
    count          int  not null check (count > 0),
    primary key (idea_id, participant_id)
);
create index dot_participant_ix on dot (participant_id);

create table moderation_log (
    id         uuid primary key default gen_random_uuid(),
    event_id   uuid         not null references event (id) on delete cascade,
    idea_id    uuid references idea (id) on delete set null,
    action     varchar(30)  not null,
    reason     varchar(300),
    detail     varchar(1200),
    actor_id   uuid,
    actor_name varchar(200) not null,
    at         timestamptz  not null default now()
);
create index moderation_log_event_ix on moderation_log (event_id, at);

-- what changed, numbered per event: live clients ask for everything after the last number they saw
create table live_change (
    event_id   uuid        not null references event (id) on delete cascade,
    seq        bigint      not null,
    kind       varchar(20) not null,
    subject_id uuid,
    created_at timestamptz not null default now(),
    primary key (event_id, seq)
);
