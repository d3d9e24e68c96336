-- The meetings at which a plan is presented ("at this meeting: status of the plan"): events and event
-- series of the workshop module, referred to by id only (no foreign key into another module's tables).
create table plan_event (
    plan_id  uuid not null references plan (id) on delete cascade,
    event_id uuid not null,
    primary key (plan_id, event_id)
);
create index plan_event_event_ix on plan_event (event_id);

create table plan_series (
    plan_id   uuid not null references plan (id) on delete cascade,
    series_id uuid not null,
    primary key (plan_id, series_id)
);
create index plan_series_series_ix on plan_series (series_id);
