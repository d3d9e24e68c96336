create table organisation (
    id                 uuid primary key default gen_random_uuid(),
    slug               varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    type               varchar(30)  not null,
    name               varchar(200) not null,
    street             varchar(200),
    postal_code        varchar(20),
    city               varchar(100),
    region             varchar(100),
    website            varchar(300),
    profile_text       varchar(5000),
    imprint_text       varchar(20000),
    privacy_text       varchar(20000),
    accessibility_text varchar(20000),
    site_owner         boolean      not null default false,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);
-- exactly one organisation runs the site; its name and logo are in the header
create unique index organisation_site_owner_uk on organisation (site_owner) where site_owner;

create table organisation_logo (
    organisation_id uuid primary key references organisation (id) on delete cascade,
    content_type    varchar(50) not null,
    data            bytea       not null,
    updated_at      timestamptz not null default now()
);

create table network_member (
    network_id uuid        not null references organisation (id) on delete cascade,
    member_id  uuid        not null references organisation (id) on delete cascade,
    joined_at  timestamptz not null default now(),
    primary key (network_id, member_id),
    check (network_id <> member_id)
);

create table person (
    id                 uuid primary key default gen_random_uuid(),
    email              varchar(254) not null,
    name               varchar(200) not null,
    preferred_language varchar(2)   not null default 'de' check (preferred_language in ('de', 'da', 'en')),
    password_hash      varchar(255),
    platform_admin     boolean      not null default false,
    enabled            boolean      not null default true,
    failed_logins      int          not null default 0,
    locked_until       timestamptz,
    last_login_at      timestamptz,
    created_at         timestamptz  not null default now()
);
create unique index person_email_uk on person (lower(email));

create table membership (
    person_id       uuid        not null references person (id) on delete cascade,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    role            varchar(40) not null,
    granted_at      timestamptz not null default now(),
    granted_by      uuid references person (id) on delete set null,
    primary key (person_id, organisation_id, role)
);
create index membership_organisation_ix on membership (organisation_id);

create table interest_request (
    id                uuid primary key default gen_random_uuid(),
    network_id        uuid         not null references organisation (id) on delete cascade,
    name              varchar(200) not null,
    organisation_name varchar(200),
    email             varchar(254) not null,
    message           varchar(5000),
    consent           boolean      not null check (consent),
    status            varchar(20)  not null default 'NEW',
    created_at        timestamptz  not null default now(),
    status_changed_at timestamptz,
    status_changed_by uuid references person (id) on delete set null
);
create index interest_request_network_ix on interest_request (network_id, created_at desc);
