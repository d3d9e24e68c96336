-- The provider's periodic report to the jobcenter's equal-opportunity officer (issue 12). A report holds no
-- participant data: its figures are counts with every cell under five people already suppressed (the real small
-- numbers are never stored), frozen as JSON when the provider submits. One report per agreement and period; the
-- officer acknowledges it or asks back, the provider answers and resubmits (the exchange in coop_report_message).
create table coop_report (
    id            uuid primary key default gen_random_uuid(),
    agreement_id  uuid          not null references agreement (id) on delete cascade,
    period_start  date          not null,
    period_end    date          not null,
    -- SUBMITTED (waits for the officer), QUESTIONED (the officer asked back), ACKNOWLEDGED
    status        varchar(20)   not null check (status in ('SUBMITTED', 'QUESTIONED', 'ACKNOWLEDGED')),
    text          varchar(8000) not null,
    figures       jsonb         not null,
    -- months of the period whose attendance was not submitted for everyone at submission (named in figures)
    missing_months int          not null default 0,
    submitted_at  timestamptz   not null,
    submitted_by  uuid          not null,
    decided_at    timestamptz,
    decided_by    uuid,
    version       int           not null default 1,
    unique (agreement_id, period_start),
    check (period_end >= period_start)
);
create index coop_report_status_ix on coop_report (status);

-- what was said about a report, in order: submitted, question, answer (resubmitted), acknowledged
create table coop_report_message (
    id         bigint generated always as identity primary key,
    report_id  uuid          not null references coop_report (id) on delete cascade,
    kind       varchar(20)   not null check (kind in ('SUBMITTED', 'QUESTION', 'ANSWER', 'ACKNOWLEDGED')),
    text       varchar(8000),
    at         timestamptz   not null default now(),
    by_person  uuid          not null
);
create index coop_report_message_report_ix on coop_report_message (report_id, id);
