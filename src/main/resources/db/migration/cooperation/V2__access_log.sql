-- The access log of participant data (issue 12, "Access log and retention"). Append-only: the database refuses
-- UPDATE, DELETE and TRUNCATE. Tamper-evident: each entry carries a SHA-256 hash over its canonical content and
-- the previous entry's hash; the ids are numbered without gaps by the chain's head row, whose lock serialises
-- appends (held from the insert to its commit: AccessLog writes each entry in a transaction of its own, so that
-- is one round trip). AccessLogChain (Java) recomputes the same canonical text to verify the chain.
create table access_log (
    id              bigint primary key,
    at              timestamptz not null,
    person_id       uuid,
    organisation_id uuid,
    role            text,
    kind            text not null check (kind in ('READ', 'LIST', 'EXPORT', 'WRITE', 'API')),
    participant_ids uuid[] not null default '{}',
    route           text not null,
    purpose         text not null,
    granted         boolean not null,
    reason          text,
    previous_hash   bytea,
    hash            bytea not null
);

create index access_log_at_ix on access_log (at);
create index access_log_person_at_ix on access_log (person_id, at) where person_id is not null;
create index access_log_organisation_at_ix on access_log (organisation_id, at) where organisation_id is not null;

-- one row per participant named by an entry: the officer's search for one participant over a period is a range
-- of this index, however many list views named the participant
create table access_log_participant (
    participant_id uuid not null,
    at             timestamptz not null,
    entry_id       bigint not null references access_log (id),
    primary key (participant_id, at, entry_id)
);

create table access_log_head (
    singleton boolean primary key default true check (singleton),
    last_id   bigint not null,
    last_hash bytea
);
insert into access_log_head (last_id, last_hash) values (0, null);

-- the canonical text of an entry: every field as <length>:<value>; (null as an empty value with length -1),
-- time in UTC to the microsecond, ids in lower case, the previous hash in hex
create function access_log_field(v text) returns text language sql immutable as $$
    select case when v is null then '-1:;' else length(v) || ':' || v || ';' end
$$;

create function access_log_canonical(e access_log) returns text language sql stable as $$
    select access_log_field(e.id::text)
        || access_log_field(to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || access_log_field(e.person_id::text)
        || access_log_field(e.organisation_id::text)
        || access_log_field(e.role)
        || access_log_field(e.kind)
        || access_log_field(array_to_string(e.participant_ids, ','))
        || access_log_field(e.route)
        || access_log_field(e.purpose)
        || access_log_field(case when e.granted then 'true' else 'false' end)
        || access_log_field(e.reason)
        || access_log_field(encode(e.previous_hash, 'hex'))
$$;

create function access_log_chain() returns trigger language plpgsql as $$
declare
    head access_log_head;
begin
    update access_log_head set last_id = last_id + 1 where singleton
        returning * into head;
    new.id := head.last_id;
    new.at := clock_timestamp();
    new.previous_hash := head.last_hash;
    new.hash := sha256(convert_to(access_log_canonical(new), 'UTF8'));
    update access_log_head set last_hash = new.hash where singleton;
    return new;
end
$$;

create trigger access_log_chained before insert on access_log
    for each row execute function access_log_chain();

create function access_log_participants() returns trigger language plpgsql as $$
begin
    insert into access_log_participant (participant_id, at, entry_id)
        select distinct p, new.at, new.id from unnest(new.participant_ids) p;
    return null;
end
$$;

create trigger access_log_participants_indexed after insert on access_log
    for each row execute function access_log_participants();

create function access_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the access log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger access_log_append_only before update or delete on access_log
    for each row execute function access_log_refuse_change();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_refuse_change();
create trigger access_log_participant_append_only before update or delete on access_log_participant
    for each row execute function access_log_refuse_change();
create trigger access_log_participant_no_truncate before truncate on access_log_participant
    for each statement execute function access_log_refuse_change();
