-- The product show of an event: published offers of the catalog presented there, with presenter, time slot
-- and stand, in the organiser's order; and visitors' "I am interested" marks on them. event_id refers to the
-- workshop module's events (no foreign key into another module's tables).

create table offer_showcase (
    event_id   uuid         not null,
    offer_id   uuid         not null references offer (id) on delete cascade,
    position   int          not null,
    presenter  varchar(200),
    -- the time slot in words ("10:00–10:30", "all day")
    slot       varchar(100),
    stand      varchar(100),
    created_at timestamptz  not null default now(),
    primary key (event_id, offer_id)
);
create index offer_showcase_offer_ix on offer_showcase (offer_id);

-- A visitor's interest in an offer of an event's show. One row per browser (visitor_hash: SHA-256 of a random
-- token in the visitor's cookie), offer and event, so one phone cannot inflate the count. A contact (name,
-- e-mail or phone) only with consent (consent_at); it is erased at contact_until (90 days after the event).
create table offer_interest (
    id            uuid primary key default gen_random_uuid(),
    offer_id      uuid          not null references offer (id) on delete cascade,
    event_id      uuid          not null,
    created_at    timestamptz   not null default now(),
    visitor_hash  varchar(64)   not null,
    name          varchar(200),
    contact       varchar(254),
    consent_at    timestamptz,
    contact_until timestamptz   not null,
    -- the language of the form: the provider answers in it
    language      varchar(2)    not null,
    -- when the provider's staff first saw it on their interest page ("new interests")
    seen_at       timestamptz,
    unique (event_id, offer_id, visitor_hash),
    check ((name is null and contact is null) or consent_at is not null)
);
create index offer_interest_offer_ix on offer_interest (offer_id, created_at);
create index offer_interest_contact_until_ix on offer_interest (contact_until) where contact is not null or name is not null;
