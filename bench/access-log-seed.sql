-- Seed of the access-log benchmark (issue 12): one agreement of Jobcenter Hafenstadt with Bildungswerk am Kai,
-- 10,000 participants, and 2,000,000 access-log entries spread evenly over the last two years: 90 % detail
-- views of one participant, 10 % list views naming 20 participants, 5 % of all refused. The entries are chained
-- exactly as the database's trigger chains them (the same canonical text and SHA-256), but with times in the
-- past, which the trigger itself never allows (it stamps clock_timestamp()): the trigger that chains is switched
-- off for the seed and on again at its end, so the seed needs the database owner (the embedded postgres user).
-- Most participants are named by about 600 entries (200 detail views, 400 list views); scripts/bench-access-log.sh
-- measures the one named by the most.
create table bench_participant (n int primary key, id uuid not null);

do $$
declare
    jc uuid := (select id from organisation where slug = 'jobcenter-hafenstadt');
    pr uuid := (select id from organisation where slug = 'bildungswerk-kai');
    by_person uuid := (select id from person where email = 'fallmanagement@jobcenter-hafenstadt.example');
    ag uuid;
begin
    insert into agreement (jobcenter_id, provider_id, title, valid_from, valid_until, status, created_by)
        values (jc, pr, 'Benchmark', current_date - 800, current_date + 365, 'ACTIVE', by_person) returning id into ag;
    insert into coop_participant (agreement_id, first_name, last_name, date_of_birth, assigned_by)
        select ag, 'Bench' || n, 'Person', date '1980-01-01' + n, by_person from generate_series(1, 10000) n;
    insert into bench_participant (n, id)
        select row_number() over (order by first_name), id from coop_participant where agreement_id = ag;
end
$$;

alter table access_log disable trigger access_log_chained;

create procedure bench_fill(total int, batch int) language plpgsql as $$
declare
    staff uuid[] := array(select p.id from person p join membership m on m.person_id = p.id limit 20);
    orgs uuid[] := array[(select id from organisation where slug = 'jobcenter-hafenstadt'),
                         (select id from organisation where slug = 'bildungswerk-kai')];
    ids uuid[] := array(select id from bench_participant order by n);
    first_at timestamptz := now() - interval '730 days';
    step interval := interval '730 days' / total;
    head access_log_head;
    e access_log;
    i int := 0;
    k int;
begin
    select * into head from access_log_head;
    while i < total loop
        for k in 1 .. batch loop
            exit when i >= total;
            i := i + 1;
            e.id := head.last_id + 1;
            e.at := first_at + step * i;
            e.person_id := staff[1 + i % cardinality(staff)];
            e.organisation_id := orgs[1 + i % 2];
            e.role := case when i % 2 = 0 then 'CASEWORKER' else 'PROVIDER_STAFF' end;
            if i % 10 = 0 then
                e.kind := 'LIST';
                e.participant_ids := ids[1 + (i * 7) % 9980 : 20 + (i * 7) % 9980];
                e.route := '/work/coop/{agreementId}/participants';
            else
                e.kind := 'READ';
                e.participant_ids := array[ids[1 + (i * 13) % 10000]];
                e.route := '/work/coop/{agreementId}/participants/{id}';
            end if;
            e.purpose := 'care';
            e.granted := i % 20 <> 7;
            e.reason := case when i % 20 = 7 then 'NOT_ASSIGNED' end;
            e.previous_hash := head.last_hash;
            e.hash := sha256(convert_to(access_log_canonical(e), 'UTF8'));
            insert into access_log values (e.*);
            head.last_id := e.id;
            head.last_hash := e.hash;
        end loop;
        update access_log_head set last_id = head.last_id, last_hash = head.last_hash;
        commit;
    end loop;
end
$$;

-- split: the procedure commits per batch, so it runs as a statement of its own (scripts/bench-access-log.sh)
call bench_fill(2000000, 20000);
-- split
drop procedure bench_fill;
alter table access_log enable trigger access_log_chained;
analyze access_log;
analyze access_log_participant;
