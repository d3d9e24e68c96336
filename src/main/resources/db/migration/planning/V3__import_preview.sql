-- An uploaded import file between its preview and the planner's confirmation: the rows as read (column
-- values as text), so that confirming needs no second upload. Bound to the organisation, the plan and the
-- person who uploaded it; previews older than a day are removed whenever a new one is stored.
create table import_preview (
    id              uuid primary key,
    organisation_id uuid         not null,
    plan_id         uuid         not null references plan (id) on delete cascade,
    person_id       uuid,
    file_name       varchar(300) not null,
    spreadsheet     boolean      not null,
    rows            jsonb        not null,
    created_at      timestamptz  not null default now()
);
create index import_preview_created_ix on import_preview (created_at);
