-- An uploaded catalog import (CSV, XLSX or openQ-cat) between its preview and the confirmation: the offers and
-- runs as read (field values as text) and the openQ-cat elements not taken over, so that confirming needs no
-- second upload. Bound to the organisation and the person who uploaded it; previews older than a day are
-- removed whenever a new one is stored.
create table catalog_import_preview (
    id              uuid primary key,
    organisation_id uuid         not null,
    person_id       uuid,
    file_name       varchar(300) not null,
    -- csv, xlsx or openqcat
    format          varchar(10)  not null,
    spreadsheet     boolean      not null,
    items           jsonb        not null,
    not_imported    jsonb        not null default '{}'::jsonb,
    created_at      timestamptz  not null default now()
);
create index catalog_import_preview_created_ix on catalog_import_preview (created_at);
create index catalog_import_preview_person_ix on catalog_import_preview (organisation_id, person_id);
