-- organisations invited to read a plan besides its owner (and, for a shared programme, the network's members)
create table plan_reader (
    plan_id         uuid        not null references plan (id) on delete cascade,
    organisation_id uuid        not null,
    added_at        timestamptz not null default now(),
    added_by        uuid,
    primary key (plan_id, organisation_id)
);
create index plan_reader_organisation_ix on plan_reader (organisation_id);

-- interim results of a measure: findings and lessons learned, written by the organisation that owns it
create table measure_result (
    measure_id  uuid primary key references measure (id) on delete cascade,
    findings    varchar(10000),
    lessons     varchar(10000),
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);

-- documents attached to a measure's interim results (slides, reports), in the database like event photos
create table measure_document (
    id           uuid primary key default gen_random_uuid(),
    measure_id   uuid         not null references measure (id) on delete cascade,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size         int          not null,
    data         bytea        not null,
    uploaded_at  timestamptz  not null default now(),
    uploaded_by  uuid
);
create index measure_document_measure_ix on measure_document (measure_id, uploaded_at);
