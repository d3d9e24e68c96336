-- Events and event series of an organisation. organisation ids refer to the identity module's
-- organisations; the module keeps no foreign key into another module's tables.
create table event_series (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid         not null,
    title           varchar(200) not null,
    description     varchar(5000),
    created_at      timestamptz  not null default now()
);
create index event_series_organisation_ix on event_series (organisation_id);

create table event (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid          not null,
    series_id       uuid references event_series (id) on delete set null,
    format          varchar(30)   not null,
    title           varchar(200)  not null,
    description     varchar(10000),
    venue_name      varchar(200),
    street          varchar(200),
    postal_code     varchar(20),
    city            varchar(100),
    online_url      varchar(500),
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    visibility      varchar(20)   not null default 'PUBLIC',
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    check (ends_at > starts_at)
);
create index event_organisation_start_ix on event (organisation_id, starts_at);
create index event_public_start_ix on event (starts_at) where visibility = 'PUBLIC';

create table event_agenda_item (
    id       uuid primary key default gen_random_uuid(),
    event_id uuid         not null references event (id) on delete cascade,
    starts   time         not null,
    title    varchar(200) not null,
    speaker  varchar(200),
    room     varchar(100)
);
create index event_agenda_item_event_ix on event_agenda_item (event_id, starts);

-- the offers presented at the event ("Produktschau"); free text until the catalog links real offers
create table event_showcase_item (
    id          uuid primary key default gen_random_uuid(),
    event_id    uuid         not null references event (id) on delete cascade,
    title       varchar(200) not null,
    presenter   varchar(200),
    description varchar(2000),
    created_at  timestamptz  not null default now()
);
create index event_showcase_item_event_ix on event_showcase_item (event_id);
