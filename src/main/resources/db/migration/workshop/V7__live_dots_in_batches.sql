-- Dots are applied in batches (LiveWriter): one statement and one commit for all the dots the phones of a
-- node sent while the previous batch committed, instead of a transaction, five round trips and a WAL flush
-- per dot. The rules are DotRules' (Java keeps them for reading and testing; LiveTests and LiveDotsTests hold
-- both to the same cases), applied in the order the dots arrived, each on what the dots before it left.
--
-- Locks: the batch's participants first, in id order (their budget and their dots per idea are exact under
-- concurrent clicks, also of other nodes); then each idea's count once, in id order, with the batch's net
-- change; the event's session row at commit (numbering, V6). Batches of several nodes therefore take their
-- locks in the same order.
--
-- One row per item, in the order given: refusal (a DotRules.Refusal name, null when applied), the
-- participant's dots in all and on the idea after it (null when the participant or the idea is unknown).
create function live_dots(p_events uuid[], p_participants uuid[], p_ideas uuid[], p_deltas int[])
    returns table (item int, refusal text, used int, on_idea int)
    language plpgsql as $$
declare
    v_count       int := coalesce(array_length(p_ideas, 1), 0);
    v_event       uuid;
    v_state       varchar;
    v_voting      boolean;
    v_budget      int;
    v_per_idea    int;
    v_has_session boolean := false;
    v_used        int;
    v_status      varchar;
    v_merged      uuid;
    v_wall_open   boolean;
    v_on          int;
    v_refusal     text;
    changed_events uuid[] := '{}';
    changed_ideas  uuid[] := '{}';
    delta_ideas    uuid[] := '{}';
    delta_values   int[] := '{}';
    v_row         record;
begin
    perform 1 from participant where id = any (p_participants) order by id for update;
    for k in 1 .. v_count loop
        if v_event is distinct from p_events[k] then
            v_event := p_events[k];
            select s.state, s.voting_open, s.dot_budget, s.max_dots_per_idea
              into v_state, v_voting, v_budget, v_per_idea
              from live_session s where s.event_id = v_event;
            v_has_session := found;
        end if;
        select p.dots_used into v_used from participant p where p.id = p_participants[k] and p.event_id = p_events[k];
        if not found or not v_has_session then
            item := k; refusal := case when p_deltas[k] > 0 then 'NOT_VOTABLE' else 'NO_DOT' end;
            used := null; on_idea := null;
            return next;
            continue;
        end if;
        select i.status, i.merged_into, w.open into v_status, v_merged, v_wall_open
          from idea i join wall w on w.id = i.wall_id
         where i.id = p_ideas[k] and i.event_id = p_events[k];
        if not found then
            item := k; refusal := case when p_deltas[k] > 0 then 'NOT_VOTABLE' else 'NO_DOT' end;
            used := null; on_idea := null;
            return next;
            continue;
        end if;
        select coalesce(max(d.count), 0) into v_on from dot d
         where d.idea_id = p_ideas[k] and d.participant_id = p_participants[k];
        -- DotRules.toAdd and DotRules.toRemove, in their order
        v_refusal := case
            when v_state <> 'OPEN' then 'SESSION_CLOSED'
            when not v_voting then 'VOTING_CLOSED'
            when not v_wall_open then 'WALL_CLOSED'
            when p_deltas[k] > 0 and v_merged is not null then 'MERGED'
            when p_deltas[k] > 0 and v_status <> 'PUBLISHED' then 'NOT_VOTABLE'
            when p_deltas[k] > 0 and v_used >= v_budget then 'BUDGET_USED'
            when p_deltas[k] > 0 and v_on >= v_per_idea then 'IDEA_LIMIT'
            when p_deltas[k] < 0 and v_on <= 0 then 'NO_DOT'
        end;
        if v_refusal is null and p_deltas[k] > 0 then
            insert into dot (idea_id, participant_id, count) values (p_ideas[k], p_participants[k], 1)
                on conflict (idea_id, participant_id) do update set count = dot.count + 1;
            update participant set dots_used = dots_used + 1 where id = p_participants[k];
            v_used := v_used + 1;
            v_on := v_on + 1;
            delta_ideas := delta_ideas || p_ideas[k];
            delta_values := delta_values || 1;
            changed_events := changed_events || p_events[k];
            changed_ideas := changed_ideas || p_ideas[k];
        elsif v_refusal is null then
            if v_on > 1 then
                update dot set count = count - 1 where idea_id = p_ideas[k] and participant_id = p_participants[k];
            else
                delete from dot where idea_id = p_ideas[k] and participant_id = p_participants[k];
            end if;
            update participant set dots_used = dots_used - 1 where id = p_participants[k];
            v_used := v_used - 1;
            v_on := v_on - 1;
            delta_ideas := delta_ideas || p_ideas[k];
            delta_values := delta_values || -1;
            changed_events := changed_events || p_events[k];
            changed_ideas := changed_ideas || p_ideas[k];
            if v_merged is not null then
                -- the target's score counts this card
                changed_events := changed_events || p_events[k];
                changed_ideas := changed_ideas || v_merged;
            end if;
        end if;
        item := k; refusal := v_refusal; used := v_used; on_idea := v_on;
        return next;
    end loop;
    -- each idea's count once, with the net change of the batch, in id order
    for v_row in select d.idea_id, sum(d.delta)::int as delta
                   from unnest(delta_ideas, delta_values) as d(idea_id, delta)
                  group by d.idea_id order by d.idea_id loop
        if v_row.delta <> 0 then
            update idea set dots = dots + v_row.delta where id = v_row.idea_id;
        end if;
    end loop;
    -- one change per idea and batch, however many dots it got, in the order the ideas were first touched
    insert into live_change (event_id, kind, subject_id)
    select c.event_id, 'DOTS', c.idea_id
      from unnest(changed_events, changed_ideas) with ordinality as c(event_id, idea_id, n)
     group by c.event_id, c.idea_id
     order by min(c.n);
end
$$;

-- One notification per event and transaction, however many changes it records: PostgreSQL drops a
-- notification that repeats one of the same transaction (same channel and payload), and the listener
-- (LiveFeeds) reads what changed from the table anyway. The payload was "event:seq".
create or replace function live_change_number() returns trigger language plpgsql as $$
declare
    next_seq bigint;
begin
    update live_session set last_seq = last_seq + 1 where event_id = new.event_id returning last_seq into next_seq;
    if next_seq is null then
        -- no live session (a change recorded for an event without one): nothing follows it
        delete from live_change where id = new.id;
    else
        update live_change set seq = next_seq where id = new.id;
        perform pg_notify('werkstatt_live', new.event_id::text);
    end if;
    return null;
end
$$;
