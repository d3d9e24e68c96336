-- the language a request to join a network was made in, for the confirmation and the invitation mail
alter table interest_request add column language varchar(5) not null default 'de';

-- an invitation to set a password: only the hash of the link's token is stored; used once, then void
create table invitation (
    token_hash      bytea       primary key,
    person_id       uuid        not null references person (id) on delete cascade,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    created_by      uuid        references person (id) on delete set null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    used_at         timestamptz
);
create index invitation_person_ix on invitation (person_id);
