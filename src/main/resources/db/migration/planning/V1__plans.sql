-- Plans with their fields of action, goals and indicators, and measures with milestones, links and
-- every version. organisation ids refer to the identity module's organisations, idea and event ids to
-- the workshop module's; the module keeps no foreign key into another module's tables.
create table plan (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid          not null,
    kind            varchar(40)   not null,
    title           varchar(200)  not null,
    summary         varchar(5000),
    period_start    date          not null,
    period_end      date          not null check (period_end >= period_start),
    status          varchar(20)   not null,
    adopted_by      varchar(200),
    adopted_on      date,
    visibility      varchar(20)   not null,
    -- a quality programme a network shares with its members: each member adds its own measures and
    -- reads the others'
    shared          boolean       not null default false,
    created_at      timestamptz   not null default now()
);
create index plan_organisation_ix on plan (organisation_id);

-- the statuses a measure of the plan can have: the four built in, and more the plan's owner adds
create table plan_status (
    plan_id          uuid         not null references plan (id) on delete cascade,
    code             varchar(40)  not null,
    -- null for the built-in statuses, whose names come from the message bundles
    label            varchar(100),
    -- PLANNED, ACTIVE, DONE or DROPPED: what the status means in the plan's summary
    stage            varchar(20)  not null,
    default_progress int          not null check (default_progress between 0 and 100),
    position         int          not null,
    primary key (plan_id, code)
);

create table field_of_action (
    id            uuid primary key default gen_random_uuid(),
    plan_id       uuid          not null references plan (id) on delete cascade,
    position      int           not null,
    title         varchar(200)  not null,
    description   varchar(2000),
    target_groups varchar(500)
);
create index field_of_action_plan_ix on field_of_action (plan_id, position);

create table goal (
    id          uuid primary key default gen_random_uuid(),
    plan_id     uuid          not null references plan (id) on delete cascade,
    field_id    uuid references field_of_action (id) on delete set null,
    position    int           not null,
    title       varchar(300)  not null,
    description varchar(2000)
);
create index goal_plan_ix on goal (plan_id, position);

create table indicator (
    id        uuid primary key default gen_random_uuid(),
    goal_id   uuid           not null references goal (id) on delete cascade,
    plan_id   uuid           not null references plan (id) on delete cascade,
    position  int            not null,
    name      varchar(200)   not null,
    unit      varchar(40)    not null,
    baseline  numeric(14, 2),
    target    numeric(14, 2),
    source    varchar(300)
);
create index indicator_plan_ix on indicator (plan_id);

create table indicator_value (
    indicator_id uuid           not null references indicator (id) on delete cascade,
    measured_on  date           not null,
    value        numeric(14, 2) not null,
    primary key (indicator_id, measured_on)
);

create table measure (
    id                          uuid primary key default gen_random_uuid(),
    plan_id                     uuid           not null references plan (id) on delete cascade,
    -- who keeps the measure: the plan's owner, or a member of the network that shares the plan
    organisation_id             uuid           not null,
    number                      varchar(20)    not null,
    title                       varchar(300)   not null,
    description                 varchar(10000),
    field_id                    uuid references field_of_action (id) on delete set null,
    responsible_organisation_id uuid,
    responsible_person          varchar(200),
    partners                    varchar(1000),
    status                      varchar(40)    not null,
    progress                    int            not null check (progress between 0 and 100),
    starts_on                   date,
    ends_on                     date check (ends_on is null or starts_on is null or ends_on >= starts_on),
    budget                      numeric(14, 2) check (budget >= 0),
    places                      int check (places >= 0),
    version                     int            not null default 1,
    updated_at                  timestamptz    not null default now(),
    unique (plan_id, number),
    foreign key (plan_id, status) references plan_status (plan_id, code)
);
create index measure_field_ix on measure (plan_id, field_id);

create table milestone (
    id         uuid primary key default gen_random_uuid(),
    measure_id uuid         not null references measure (id) on delete cascade,
    due_on     date         not null,
    title      varchar(300) not null,
    done       boolean      not null default false
);
create index milestone_measure_ix on milestone (measure_id, due_on);

-- offers and events a measure is linked to (ideas are linked by their decision)
create table measure_link (
    measure_id uuid        not null references measure (id) on delete cascade,
    kind       varchar(20) not null,
    target_id  uuid        not null,
    primary key (measure_id, kind, target_id)
);

-- every version of a measure: who changed what and when, append-only
create table measure_version (
    measure_id uuid         not null references measure (id) on delete cascade,
    version    int          not null,
    changed_at timestamptz  not null default now(),
    changed_by uuid,
    changed_by_name varchar(200) not null,
    -- what changed: [{"field": "status", "from": "PLANNED", "to": "ACTIVE"}, ...]; the first version
    -- lists every field it was created with
    changes    jsonb        not null,
    primary key (measure_id, version)
);

-- ideas entered by hand, e.g. from a paper wall at an event, with where they came from
create table manual_idea (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid          not null,
    event_id        uuid,
    source          varchar(200)  not null,
    text            varchar(2000) not null,
    created_at      timestamptz   not null default now(),
    created_by      uuid
);
create index manual_idea_organisation_ix on manual_idea (organisation_id);

-- the decision on an idea (of a workshop, or entered by hand): what the planner decided so far, and
-- what is public. Nothing is public before the planner publishes it; publishing copies the draft.
create table decision (
    idea_id          uuid primary key,
    organisation_id  uuid          not null,
    event_id         uuid,
    outcome          varchar(20)   not null,
    reason           varchar(2000),
    measure_id       uuid references measure (id) on delete set null,
    decided_at       timestamptz   not null default now(),
    decided_by       uuid,
    public_outcome   varchar(20),
    public_reason    varchar(2000),
    public_measure_id uuid references measure (id) on delete set null,
    published_at     timestamptz
);
create index decision_organisation_ix on decision (organisation_id);
create index decision_event_ix on decision (event_id);
create index decision_public_measure_ix on decision (public_measure_id);
