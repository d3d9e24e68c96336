-- After the event: the participants' feedback and the organisers' photos of the day.

-- one answer per participant and event; giving it again replaces it
create table feedback (
    participant_id uuid primary key references participant (id) on delete cascade,
    event_id       uuid          not null references event (id) on delete cascade,
    rating         smallint      not null check (rating between 1 and 5),
    repeat_format  varchar(10)   not null check (repeat_format in ('YES', 'NO', 'UNSURE')),
    text           varchar(1000),
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now()
);
create index feedback_event_ix on feedback (event_id, updated_at);

-- photos of the event, each with the alt text that describes it; the image is checked by its first bytes
create table event_photo (
    id           uuid primary key default gen_random_uuid(),
    event_id     uuid         not null references event (id) on delete cascade,
    content_type varchar(20)  not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size         int          not null check (size > 0),
    data         bytea        not null,
    alt_text     varchar(300) not null,
    caption      varchar(300),
    uploaded_by  uuid,
    created_at   timestamptz  not null default now()
);
-- images are compressed already: store them out of line without trying again
alter table event_photo alter column data set storage external;
create index event_photo_event_ix on event_photo (event_id, created_at);
