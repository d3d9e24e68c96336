-- Seed of the cooperation benchmark (issue 12, "Benchmark"): 50 active agreements of Jobcenter Hafenstadt with
-- Bildungswerk am Kai and 10,000 participants: agreement 1 ("Benchmark 01") has 1,000 (its quarterly report is
-- measured), the other 49 have 183 or 184 each. Every participant has a status with its history, a consent (one in
-- fifty withdrawn), an individual plan (integration goal, 3 goals, 4 milestones, 5 modules, 2 notes, 6 versions),
-- 3 messages, and attendance on every working day of the last 20 weeks (100 days each: 1,000,000 days), every
-- finished month submitted. The demo's provider account (traeger@bildungswerk-kai.example) coordinates all 50.
-- bench_participant (n, id) lists the 10,000 for bench/AccessLogSeed.java, which then adds 2,000,000 access-log
-- entries naming them (scripts/bench-cooperation.sh runs both).
create table bench_participant (n int primary key, id uuid not null);
create table bench_agreement (n int primary key, id uuid not null);

do $$
declare
    jc uuid := (select id from organisation where slug = 'jobcenter-hafenstadt');
    pr uuid := (select id from organisation where slug = 'bildungswerk-kai');
    caseworker uuid := (select id from person where email = 'fallmanagement@jobcenter-hafenstadt.example');
    coordinator uuid := (select id from person where email = 'traeger@bildungswerk-kai.example');
    officer uuid := (select id from person where email = 'bca@jobcenter-hafenstadt.example');
    consent_text_id uuid := (select id from consent_text where organisation_id is null and language = 'de'
        order by version desc limit 1);
    ag uuid;
    size int;
begin
    for a in 1 .. 50 loop
        size := case when a = 1 then 1000 when a - 1 <= 33 then 184 else 183 end;
        insert into agreement (jobcenter_id, provider_id, title, programme, valid_from, valid_until, status,
                reporting_rhythm, next_report_due, officer_id, data_categories, jobcenter_confirmed_at,
                jobcenter_confirmed_by, provider_confirmed_at, provider_confirmed_by, created_by)
            values (jc, pr, 'Benchmark ' || lpad(a::text, 2, '0'), 'Benchmark programme', current_date - 400,
                current_date + 365, 'ACTIVE', 'QUARTERLY', current_date + 20, officer,
                '{IDENTITY_CONTACT,GOALS_PLAN,ATTENDANCE,EDUCATION}', now(), caseworker, now(), coordinator, caseworker)
            returning id into ag;
        insert into bench_agreement values (a, ag);
        insert into agreement_version (agreement_id, version, change, content, changed_by)
            values (ag, 1, 'ACTIVATED', '{}', caseworker);
        insert into agreement_staff (agreement_id, person_id, role, added_by) values (ag, coordinator, 'COORDINATOR', coordinator);
        insert into coop_participant (agreement_id, first_name, last_name, email, date_of_birth, gender, language, status,
                status_reason, status_since, start_date, planned_end_date, exit_destination, ended_at, assigned_at, assigned_by)
            select ag, 'Vorname' || n, 'Bench' || lpad((a * 10000 + n)::text, 6, '0'),
                case when n % 3 = 0 then null else 'bench' || a || '.' || n || '@example.org' end,
                date '1965-01-01' + (n * 37) % 14000,
                (array['WOMAN', 'WOMAN', 'WOMAN', 'MAN', 'NON_BINARY', 'NOT_STATED'])[1 + n % 6],
                (array['de', 'de', 'de', 'en', 'da'])[1 + n % 5],
                case n % 20 when 16 then 'ENDED' when 17 then 'INTERRUPTED' when 18 then 'WAITING_FOR_START'
                    when 19 then 'ASSIGNED' else 'PARTICIPATING' end,
                case n % 20 when 16 then (case when n % 40 = 16 then 'COMPLETED' else 'DROPPED_OUT' end)
                    when 17 then 'SICKNESS' end,
                current_date - 10 - n % 30,
                current_date - 200 + n % 60, current_date + 165 + n % 60,
                case when n % 20 = 16 then (array['EMPLOYMENT', 'TRAINING', 'OTHER_SUPPORT', 'UNKNOWN'])[1 + n % 4] end,
                case when n % 20 = 16 then current_date - 10 - n % 30 end,
                now() - interval '210 days', caseworker
            from generate_series(1, size) n;
    end loop;
    insert into bench_participant (n, id)
        select row_number() over (order by p.last_name), p.id
        from coop_participant p join bench_agreement b on b.id = p.agreement_id;

    insert into coop_participant_status (participant_id, status, reason, exit_destination, valid_from, changed_at, changed_by)
        select p.id, 'PARTICIPATING', null, null, p.start_date, p.assigned_at + interval '10 days', caseworker
        from coop_participant p join bench_participant b on b.id = p.id;
    insert into coop_participant_status (participant_id, status, reason, exit_destination, valid_from, changed_by)
        select p.id, p.status, p.status_reason, p.exit_destination, p.status_since, caseworker
        from coop_participant p join bench_participant b on b.id = p.id where p.status <> 'PARTICIPATING';

    insert into consent (participant_id, text_id, data_categories, organisation_ids, given_on, given_how, recorded_by,
            success_story, withdrawn_at, withdrawn_by)
        select b.id, consent_text_id, '{IDENTITY_CONTACT,GOALS_PLAN,ATTENDANCE,EDUCATION}', array[jc, pr],
            current_date - 205, case when b.n % 4 = 0 then 'IN_PERSON' else 'PAPER' end, caseworker, b.n % 10 = 3,
            case when b.n % 50 = 49 then now() - interval '5 days' end, case when b.n % 50 = 49 then caseworker end
        from bench_participant b;

    insert into coop_plan (participant_id, integration_goal, version, modified_at, modified_by)
        select id, 'Eine Arbeitsstelle als Fachkraft für Lagerlogistik in Teilzeit (25 Stunden), ab dem Frühjahr', 6,
            now() - interval '3 days', coordinator
        from bench_participant;
    insert into coop_plan_goal (participant_id, position, text, achieved_on)
        select b.id, g, (array['Deutsch auf B1 bis zum Sommer', 'Bewerbungsunterlagen fertig und geprüft',
            'Kinderbetreuung an drei Tagen geklärt'])[g], case when g = 2 then current_date - 30 end
        from bench_participant b cross join generate_series(1, 3) g;
    insert into coop_plan_milestone (participant_id, due_on, title, done_on)
        select b.id, current_date - 90 + m * 40, 'Meilenstein ' || m || ': Gespräch mit dem Jobcenter',
            case when m <= 2 then current_date - 90 + m * 40 end
        from bench_participant b cross join generate_series(1, 4) m;
    insert into coop_plan_module (participant_id, name, position, started_on, completed_on)
        select b.id, (array['Kompetenzfeststellung', 'Sprachkurs Beruf', 'Bewerbungstraining', 'Praktikum',
            'Nachbetreuung'])[m], m, case when m <= 4 then current_date - 200 + m * 30 end,
            case when m <= 3 then current_date - 175 + m * 30 end
        from bench_participant b cross join generate_series(1, 5) m;
    insert into coop_plan_note (participant_id, body, side, written_at, written_by)
        select b.id, case when k = 1 then 'Erstgespräch geführt; Ziele gemeinsam festgelegt.'
            else 'Praktikumsplatz in Aussicht, Rückmeldung bis Monatsende.' end,
            case when k = 1 then 'JOBCENTER' else 'PROVIDER' end, now() - (k * 20) * interval '1 day',
            case when k = 1 then caseworker else coordinator end
        from bench_participant b cross join generate_series(1, 2) k;
    insert into coop_plan_version (participant_id, version, change, subject, detail, side, changed_at, changed_by)
        select b.id, v, (array['INTEGRATION_GOAL', 'GOAL_ADDED', 'GOAL_ADDED', 'MILESTONE_ADDED', 'MODULE_DATES',
            'NOTE_ADDED'])[v], (array['Fachkraft für Lagerlogistik', 'Deutsch auf B1 bis zum Sommer',
            'Bewerbungsunterlagen fertig und geprüft', 'Meilenstein 1', 'Sprachkurs Beruf', null])[v], null,
            case when v % 2 = 0 then 'PROVIDER' else 'JOBCENTER' end, now() - (60 - v * 9) * interval '1 day',
            case when v % 2 = 0 then coordinator else caseworker end
        from bench_participant b cross join generate_series(1, 6) v;
    insert into coop_message (participant_id, side, body, sent_at, sent_by, read_at, read_by)
        select b.id, case when k = 2 then 'JOBCENTER' else 'PROVIDER' end,
            'Kurze Rückmeldung zum Stand der Woche ' || k || '.', now() - (30 - k * 7) * interval '1 day',
            case when k = 2 then caseworker else coordinator end,
            case when k < 3 then now() - (29 - k * 7) * interval '1 day' end,
            case when k = 2 then coordinator when k = 1 then caseworker end
        from bench_participant b cross join generate_series(1, 3) k;
end
$$;

-- split: attendance, 1,000,000 days, in a statement of its own
insert into coop_attendance_day (participant_id, day, code, recorded_at, recorded_by)
    select b.id, d::date,
        case when (b.n + extract(doy from d)::int) % 23 = 0 then 'SICK'
             when (b.n + extract(doy from d)::int) % 31 = 0 then 'HOLIDAY'
             when (b.n + extract(doy from d)::int) % 47 = 0 then 'UNEXCUSED'
             when (b.n + extract(doy from d)::int) % 53 = 0 then 'VOCATIONAL_SCHOOL'
             else 'PRESENT' end,
        d + interval '18 hours', (select id from person where email = 'traeger@bildungswerk-kai.example')
    from bench_participant b
    cross join generate_series(current_date - 140, current_date - 1, interval '1 day') d
    where extract(isodow from d) < 6;
insert into coop_attendance_month (participant_id, month, submitted_at, submitted_by)
    select b.id, m::date, m + interval '1 month 5 days', (select id from person where email = 'traeger@bildungswerk-kai.example')
    from bench_participant b
    cross join generate_series(date_trunc('month', current_date - 140), date_trunc('month', current_date) - interval '1 month',
        interval '1 month') m;
analyze;
