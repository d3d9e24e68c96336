-- Access-log part of the cooperation benchmark's seed (issue 12): 2,000,000 access-log entries spread evenly over
-- the last two years, naming the 10,000 participants of bench_participant (bench/cooperation-seed.sql fills it):
-- 90 % detail views of one participant, 10 % list views naming 20 participants, 5 % of all refused. The entries are
-- chained exactly as the database's trigger chains them (the same canonical text and SHA-256), but with times in
-- the past, which the trigger itself never allows (it stamps clock_timestamp()): the trigger that chains is switched
-- off for the seed and on again at its end, so the seed needs the database owner (the embedded postgres user).
-- Most participants are named by about 600 entries (200 detail views, 400 list views); scripts/bench-cooperation.sh
-- measures the search for the one named by the most. Three statements, split at the "-- split" lines: the filling
-- procedure, its call (it commits per batch), the end.
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

-- split: the procedure commits per batch, so it runs as a statement of its own (scripts/bench-cooperation.sh)
call bench_fill(2000000, 20000);
-- split
drop procedure bench_fill;
alter table access_log enable trigger access_log_chained;
analyze access_log;
analyze access_log_participant;
