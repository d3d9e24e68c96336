-- Proposals that need the jobcenter's decision (eM@w "Trägermitteilung mit Entscheidungsfolge", NAV "forslag"):
-- the provider proposes, the jobcenter approves (the change is applied) or rejects, both with a reason; the
-- provider may withdraw an open proposal; a newer proposal of the same kind supersedes an open one. A kind the
-- agreement's decision_required does not list is applied at once (status APPLIED). Participant data: hangs off
-- coop_participant with "on delete cascade" (retention deletes it with the participation).

-- the weekly hours of a participation (changed by a CHANGE_HOURS proposal); null: not agreed
alter table coop_participant add column weekly_hours numeric(5, 2) check (weekly_hours is null or weekly_hours between 1 and 60);

create table coop_proposal (
    id              uuid primary key default gen_random_uuid(),
    participant_id  uuid          not null references coop_participant (id) on delete cascade,
    -- EXTEND, END, CHANGE_START, CHANGE_END, CHANGE_HOURS, OTHER
    kind            varchar(20)   not null
        check (kind in ('EXTEND', 'END', 'CHANGE_START', 'CHANGE_END', 'CHANGE_HOURS', 'OTHER')),
    -- OPEN, APPROVED, REJECTED, WITHDRAWN, SUPERSEDED, APPLIED (made directly: no decision needed)
    status          varchar(20)   not null default 'OPEN'
        check (status in ('OPEN', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED', 'APPLIED')),
    reason          varchar(2000) not null,
    -- the new date (EXTEND, CHANGE_END: planned end; CHANGE_START: start; END: the last day)
    new_date        date,
    new_hours       numeric(5, 2) check (new_hours is null or new_hours between 1 and 60),
    -- END: why and where to (the status model's reason and exit destination)
    end_reason      varchar(40),
    end_destination varchar(40),
    due_on          date          not null,
    proposed_at     timestamptz   not null default now(),
    proposed_by     uuid          not null,
    decided_at      timestamptz,
    decided_by      uuid,
    decision_note   varchar(2000),
    superseded_by   uuid references coop_proposal (id) on delete set null,
    check ((status = 'OPEN') = (decided_at is null))
);
create index coop_proposal_participant_ix on coop_proposal (participant_id, proposed_at desc);
create index coop_proposal_open_ix on coop_proposal (due_on) where status = 'OPEN';
-- one open proposal of a kind per participation
create unique index coop_proposal_one_open_ix on coop_proposal (participant_id, kind) where status = 'OPEN';
