-- The data categories a participant's consents (not withdrawn) grant to the agreement's provider, kept on the
-- participant's row, so that a provider's participant list asks it once per row instead of looking up the consents
-- of every participant of the agreement (one index probe each, 1,000 for the largest agreement of the benchmark:
-- docs/performance.md, "Cooperation"). The consent table stays the record and the Java rule reads it
-- (ParticipantAccess.decide); this is derived from it by the trigger below on every insert, update and delete of a
-- consent, in the same transaction, so no path that writes a consent can leave it behind. ProviderVisibilityTests
-- hold the list and the start page's counts, which read it, against the rule.
alter table coop_participant add column provider_consent varchar(40)[] not null default '{}';

create function coop_participant_provider_consent_of(participant uuid) returns void language plpgsql as $$
begin
    -- the row lock first, so that the categories are read after a concurrent change to the participant's consents
    -- has committed (each statement of this function reads with a new snapshot), not from before it
    perform 1 from coop_participant where id = participant for no key update;
    update coop_participant p set provider_consent = coalesce((
        select array_agg(distinct category order by category)
        from consent c cross join unnest(c.data_categories) category
        where c.participant_id = p.id and c.withdrawn_at is null
          and (select a.provider_id from agreement a where a.id = p.agreement_id) = any (c.organisation_ids)), '{}')
    where p.id = participant;
end
$$;

create function consent_kept_on_participant() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform coop_participant_provider_consent_of(old.participant_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.participant_id <> old.participant_id) then
        perform coop_participant_provider_consent_of(new.participant_id);
    end if;
    return null;
end
$$;

create trigger consent_kept_on_participant after insert or update or delete on consent
    for each row execute function consent_kept_on_participant();

-- the participants already there, by the same derivation the trigger uses
select coop_participant_provider_consent_of(id) from coop_participant;
