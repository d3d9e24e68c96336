-- Changes are numbered when their transaction commits, by a deferred trigger, instead of by the statement
-- that records them. The event's session row (which hands out the numbers) is then locked for the commit
-- alone, not for the round trips between recording the change and committing: under load those round trips
-- made every other change of the event wait, and capped an event at a hundred or so dots a second.
-- Numbers still follow the commit order: the next transaction gets its number only once the lock is free,
-- that is once the previous one is committed and visible.
alter table live_change drop constraint live_change_pkey;
alter table live_change add column id bigint generated always as identity primary key;
alter table live_change alter column seq drop not null;
create unique index live_change_event_seq_ux on live_change (event_id, seq);

create function live_change_number() returns trigger language plpgsql as $$
declare
    next_seq bigint;
begin
    update live_session set last_seq = last_seq + 1 where event_id = new.event_id returning last_seq into next_seq;
    if next_seq is null then
        -- no live session (a change recorded for an event without one): nothing follows it
        delete from live_change where id = new.id;
    else
        update live_change set seq = next_seq where id = new.id;
        perform pg_notify('werkstatt_live', new.event_id || ':' || next_seq);
    end if;
    return null;
end
$$;

create constraint trigger live_change_numbered after insert on live_change
    deferrable initially deferred for each row execute function live_change_number();
