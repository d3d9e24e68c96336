-- Data for the plan benchmark (scripts/bench-plans.sh): on top of the demo, a public programme of the
-- demo jobcenter with 3 fields of action, 3 goals with 2 indicators of 8 values each and 1,000 measures
-- (2 milestones and 3 versions each), and one past workshop of 20 events' size: 20,000 published ideas
-- on 4 walls, each with a published decision; adopted and covered ones point to a measure (about 14 a
-- measure). Ids are derived from names (md5), so the script knows the pages to ask for.
begin;

create temporary table bench_ids as
select (select id from organisation where slug = 'jobcenter-hafenstadt') as organisation,
       md5('bench-plan')::uuid as plan, md5('bench-event')::uuid as event;

insert into plan (id, organisation_id, kind, title, summary, period_start, period_end, status, adopted_by, adopted_on,
                  visibility, shared)
select plan, organisation, 'LABOUR_MARKET_PROGRAMME', 'Benchmark: Programme with 1,000 measures',
       'A plan as large as the largest ones in practice.', date '2026-01-01', date '2027-12-31', 'IN_PROGRESS',
       'Trägerversammlung', date '2025-12-01', 'PUBLIC', false
  from bench_ids;

insert into plan_status (plan_id, code, label, stage, default_progress, position)
select plan, code, null, stage, progress, position
  from bench_ids, (values ('PLANNED', 'PLANNED', 0, 10), ('IN_PROGRESS', 'ACTIVE', 50, 20), ('DONE', 'DONE', 100, 30),
                          ('DROPPED', 'DROPPED', 0, 40)) s(code, stage, progress, position);

insert into field_of_action (id, plan_id, position, title, description, target_groups)
select md5('bench-field-' || f)::uuid, plan, f, 'Field of action ' || f, 'What field ' || f || ' is about.',
       'Group ' || f || ', Group ' || (f % 3 + 1)
  from bench_ids, generate_series(1, 3) f;

insert into goal (id, plan_id, field_id, position, title, description)
select md5('bench-goal-' || g)::uuid, plan, md5('bench-field-' || g)::uuid, g, 'Goal ' || g, null
  from bench_ids, generate_series(1, 3) g;

insert into indicator (id, goal_id, plan_id, position, name, unit, baseline, target, source)
select md5('bench-indicator-' || g || '-' || i)::uuid, md5('bench-goal-' || g)::uuid, plan, i,
       'Indicator ' || g || '.' || i, '%', 20, 25, 'Statistics'
  from bench_ids, generate_series(1, 3) g, generate_series(1, 2) i;

insert into indicator_value (indicator_id, measured_on, value)
select md5('bench-indicator-' || g || '-' || i)::uuid, date '2025-01-31' + (q * interval '3 months'), 20 + q * 0.4
  from generate_series(1, 3) g, generate_series(1, 2) i, generate_series(0, 7) q;

insert into measure (id, plan_id, organisation_id, number, title, description, field_id, responsible_organisation_id,
                     responsible_person, partners, status, progress, starts_on, ends_on, budget, places, version)
select md5('bench-measure-' || n)::uuid, plan, organisation, n::text, 'Measure number ' || n || ' of the benchmark',
       'What measure ' || n || ' does, who takes part and how its success is measured. ' || repeat('Text. ', 40),
       md5('bench-field-' || (n % 3 + 1))::uuid, organisation, 'Person ' || n, 'Partner A, Partner B',
       (array['PLANNED', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'DONE', 'DROPPED'])[n % 6 + 1], (n * 7) % 101,
       date '2026-01-01' + (n % 300), date '2026-12-31' + (n % 300), 10000 + n * 10, n % 40, 3
  from bench_ids, generate_series(1, 1000) n;

insert into milestone (measure_id, due_on, title, done)
select md5('bench-measure-' || n)::uuid, date '2026-02-01' + (m * 60), 'Milestone ' || m, m = 1
  from generate_series(1, 1000) n, generate_series(1, 2) m;

insert into measure_version (measure_id, version, changed_at, changed_by, changed_by_name, changes)
select md5('bench-measure-' || n)::uuid, v, timestamptz '2026-01-05' + (v * interval '20 days'), null, 'Benchmark',
       case when v = 1 then '[{"field": "title", "from": null, "to": "Measure"}, {"field": "status", "from": null, "to": "PLANNED"}]'::jsonb
            else '[{"field": "progress", "from": "10", "to": "40"}]'::jsonb end
  from generate_series(1, 1000) n, generate_series(1, 3) v;

insert into event (id, organisation_id, format, title, description, starts_at, ends_at, visibility)
select event, organisation, 'IDEA_WORKSHOP', 'Benchmark: workshop with 20,000 ideas', null,
       timestamptz '2025-11-01 09:00+01', timestamptz '2025-11-01 17:00+01', 'PUBLIC'
  from bench_ids;

insert into wall (id, event_id, position, title, open)
select md5('bench-wall-' || w)::uuid, event, w, 'Wall ' || w, false from bench_ids, generate_series(1, 4) w;

insert into idea (id, event_id, wall_id, text, status, dots, created_at)
select md5('bench-idea-' || n)::uuid, event, md5('bench-wall-' || (n % 4 + 1))::uuid,
       'Idea ' || n || ': ' || repeat('a good proposal ', 6), 'PUBLISHED', n % 9,
       timestamptz '2025-11-01 10:00+01' + (n * interval '1 second')
  from bench_ids, generate_series(1, 20000) n;

insert into decision (idea_id, organisation_id, event_id, outcome, reason, measure_id, decided_at, public_outcome,
                      public_reason, public_measure_id, published_at)
select md5('bench-idea-' || n)::uuid, organisation, event, o, r, m, timestamptz '2025-12-01', o, r, m, timestamptz '2025-12-02'
  from bench_ids, generate_series(1, 20000) n,
       lateral (select (array['ADOPTED', 'COVERED', 'NOT_ADOPTED', 'ADOPTED', 'IN_EVALUATION'])[n % 5 + 1] as o) outcome,
       lateral (select case when o = 'NOT_ADOPTED' then 'Not within the jobcenter''s remit.' end as r,
                       case when o in ('ADOPTED', 'COVERED') then md5('bench-measure-' || (n % 1000 + 1))::uuid end as m) more;

commit;
analyze;
