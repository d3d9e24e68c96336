-- The evaluation inbox: groups of similar ideas a planner confirmed to decide together, and the
-- addresses participants left to hear about the decisions on their ideas.

-- a group of similar ideas (suggested by text similarity, confirmed by a planner); an idea is in at
-- most one group of an organisation
create table idea_group (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid         not null,
    created_at      timestamptz  not null default now(),
    created_by      uuid
);
create index idea_group_organisation_ix on idea_group (organisation_id);

create table idea_group_member (
    group_id        uuid not null references idea_group (id) on delete cascade,
    organisation_id uuid not null,
    idea_id         uuid not null,
    primary key (organisation_id, idea_id)
);
create index idea_group_member_group_ix on idea_group_member (group_id);

-- an e-mail address a participant left on "my ideas" to be told when decisions on their ideas are
-- published, with the ideas they had then; deleted through the link in any of its mails
create table decision_subscription (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid          not null,
    event_id        uuid          not null,
    email           varchar(254)  not null,
    locale          varchar(10)   not null,
    created_at      timestamptz   not null default now()
);
create index decision_subscription_event_ix on decision_subscription (event_id);

create table decision_subscription_idea (
    subscription_id uuid not null references decision_subscription (id) on delete cascade,
    idea_id         uuid not null,
    primary key (subscription_id, idea_id)
);
create index decision_subscription_idea_ix on decision_subscription_idea (idea_id);

-- every mail carries a delete link with a random token of its own; only the token's SHA-256 hash is here
create table decision_subscription_token (
    token_hash      bytea primary key,
    subscription_id uuid not null references decision_subscription (id) on delete cascade
);
create index decision_subscription_token_ix on decision_subscription_token (subscription_id);
