package org.werkstatt.cooperation.participant;

import org.werkstatt.cooperation.agreement.DataCategory;

/**
 * The provider side of the access rule as an SQL condition, for the queries that count across many participants
 * (the start page's tasks: unread messages, overdue attendance months) instead of deciding one request. Over a
 * participant {@code p} (coop_participant) of an agreement {@code a} it holds where
 * {@link ParticipantAccess#decide(org.werkstatt.cooperation.agreement.Agreement, ParticipantAccess.Viewer, Participant,
 * boolean, java.util.List, DataCategory, java.time.LocalDate)} grants the person {@code :person} of the provider the
 * category on {@code :today}, for active agreements: the participation is within the provider's visibility window,
 * the agreement lists the category, a consent not withdrawn covers the category for the provider, and the person
 * coordinates the agreement or is one of its staff assigned to the participant. Whether the person has a role in
 * the provider organisation at all is the caller's check. ProviderVisibilityTests holds it against the rule.
 */
public final class ProviderVisibility {

	private ProviderVisibility() {
	}

	/**
	 * The condition over {@code p} and {@code a}, with the parameters {@code :person} and {@code :today}, between
	 * spaces (a text block drops the space after the caller's "and").
	 */
	public static String mayRead(DataCategory category) {
		return " " + """
				a.status = 'ACTIVE'
				   and (p.ended_at is null or p.ended_at + a.provider_visibility_days >= :today)
				   and '%1$s' = any (a.data_categories)
				   and exists (select 1 from consent c where c.participant_id = p.id and c.withdrawn_at is null
				                  and a.provider_id = any (c.organisation_ids) and '%1$s' = any (c.data_categories))
				   and (exists (select 1 from agreement_staff s where s.agreement_id = a.id and s.person_id = :person
				                   and s.role = 'COORDINATOR')
				        or (exists (select 1 from agreement_staff s where s.agreement_id = a.id and s.person_id = :person)
				            and exists (select 1 from coop_participant_assignment x where x.participant_id = p.id
				                           and x.person_id = :person)))""".formatted(category.name()) + " ";
	}
}
