-- The offers of the catalog that implement a measure (many to many), in the order the planner linked them.
-- Offers are referred to by id only (no foreign key into the catalog's tables); which of them the public sees
-- (published ones only) the catalog says when a page is read.
create table measure_offer (
    measure_id  uuid         not null references measure (id) on delete cascade,
    offer_id    uuid         not null,
    position    int          not null,
    -- the offer's title when it was linked: what the editor shows of an offer that is no longer published
    offer_title varchar(200) not null,
    created_at  timestamptz  not null default now(),
    primary key (measure_id, offer_id)
);
create index measure_offer_offer_ix on measure_offer (offer_id);

-- measure_link had a kind OFFER that nothing wrote; offers have their own table now
delete from measure_link where kind = 'OFFER';
