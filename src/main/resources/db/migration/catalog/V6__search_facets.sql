-- The search page's facets, kept with the offer so that one scan of the matching offers counts every facet
-- (issue 11's benchmark: without them, each found offer cost five index look-ups). Derived data only, written by
-- the triggers below whenever an offer's lists or runs change, whoever changes them (the core's store, imports,
-- the demo); nothing else writes these columns.
alter table offer
    add column facet_basis    text[]    not null default '{}',
    add column facet_group    text[]    not null default '{}',
    add column facet_funding  text[]    not null default '{}',
    add column facet_access   text[]    not null default '{}',
    -- the runs that are not cancelled, in the order of their ids, one array a column: place (region, else city),
    -- start, end, rolling entry, open for enrolment. The start window depends on the day, so it is worked out
    -- when searching.
    add column run_places     text[]    not null default '{}',
    add column run_starts     date[]    not null default '{}',
    add column run_ends       date[]    not null default '{}',
    add column run_rolling    boolean[] not null default '{}',
    add column run_open       boolean[] not null default '{}';

create function offer_facets_refresh(targets uuid[]) returns void language sql as $$
    update offer o set
        facet_basis   = array(select x.code::text from offer_legal_basis x where x.offer_id = o.id order by x.code),
        facet_group   = array(select coalesce(x.code, x.label)::text from offer_target_group x where x.offer_id = o.id
                               order by x.position),
        facet_funding = array(select x.code::text from offer_funding x where x.offer_id = o.id order by x.code),
        facet_access  = array(select x.code::text from offer_accessibility x where x.offer_id = o.id order by x.code),
        run_places    = array(select coalesce(nullif(r.region, ''), nullif(r.city, ''))::text from offer_run r
                               where r.offer_id = o.id and r.cancelled_at is null order by r.id),
        run_starts    = array(select r.start_date from offer_run r where r.offer_id = o.id and r.cancelled_at is null order by r.id),
        run_ends      = array(select r.end_date from offer_run r where r.offer_id = o.id and r.cancelled_at is null order by r.id),
        run_rolling   = array(select r.rolling_entry from offer_run r where r.offer_id = o.id and r.cancelled_at is null order by r.id),
        run_open      = array(select r.enrolment_open from offer_run r where r.offer_id = o.id and r.cancelled_at is null order by r.id)
     where o.id = any(targets);
$$;

-- statement triggers with transition tables: a publication that rewrites a list, or an import of many runs,
-- refreshes each offer once
create function offer_facets_inserted() returns trigger language plpgsql as $$
begin
    perform offer_facets_refresh(array(select distinct offer_id from new_rows));
    return null;
end $$;

create function offer_facets_deleted() returns trigger language plpgsql as $$
begin
    perform offer_facets_refresh(array(select distinct offer_id from old_rows));
    return null;
end $$;

create function offer_facets_updated() returns trigger language plpgsql as $$
begin
    perform offer_facets_refresh(array(select offer_id from new_rows union select offer_id from old_rows));
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['offer_legal_basis', 'offer_target_group', 'offer_funding', 'offer_accessibility', 'offer_run'] loop
        execute format('create trigger %1$s_facets_ins after insert on %1$s referencing new table as new_rows
                        for each statement execute function offer_facets_inserted()', t);
        execute format('create trigger %1$s_facets_del after delete on %1$s referencing old table as old_rows
                        for each statement execute function offer_facets_deleted()', t);
        execute format('create trigger %1$s_facets_upd after update on %1$s referencing new table as new_rows old table as old_rows
                        for each statement execute function offer_facets_updated()', t);
    end loop;
end $$;

select offer_facets_refresh(array(select id from offer));
