-- The catalog's version for the search index kept in memory (catalog.search.SearchIndex): every search reads it
-- and rebuilds the index when it has moved. A transaction that changed an offer or a legal basis (the index keeps
-- their labels) counts it up once, when it commits, by a deferred trigger; the facet triggers of V6 touch the
-- offer whenever its lists or runs change, so those count too. The row is locked for the commit alone (the same pattern as workshop V6): versions follow the
-- commit order, and no transaction waits for another's round trips.
create table catalog_search_version (
    one        boolean primary key default true check (one),
    version    bigint  not null default 0,
    -- the transaction that counted last, so that a transaction changing ten thousand offers counts once
    counted_by xid8
);
insert into catalog_search_version default values;

create function catalog_search_changed() returns trigger language plpgsql as $$
begin
    update catalog_search_version set version = version + 1, counted_by = pg_current_xact_id()
     where counted_by is distinct from pg_current_xact_id();
    return null;
end
$$;

create constraint trigger offer_search_changed after insert or update or delete on offer
    deferrable initially deferred for each row execute function catalog_search_changed();

create constraint trigger legal_basis_search_changed after insert or update or delete on legal_basis
    deferrable initially deferred for each row execute function catalog_search_changed();
