package org.werkstatt.cooperation.participant;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.cooperation.agreement.DataCategory;

/**
 * The provider side of the access rule as an SQL condition, for the queries that count across many participants
 * (the start page's tasks: unread messages, overdue attendance months) instead of deciding one request. Over a
 * participant {@code p} (coop_participant) of an agreement {@code a} it holds where
 * {@link ParticipantAccess#decide(org.werkstatt.cooperation.agreement.Agreement, ParticipantAccess.Viewer, Participant,
 * boolean, java.util.List, DataCategory, java.time.LocalDate)} grants the person {@code :person} of the provider the
 * category on {@code :today}, for active agreements: the participation is within the provider's visibility window,
 * the agreement lists the category, a consent not withdrawn covers the category for the provider, and the person
 * coordinates the agreement or is one of its staff assigned to the participant. The consents are asked through
 * {@code p.provider_consent}, the categories they grant the provider, which the database derives from them on every
 * change (migration cooperation V9). Whether the person has a role in
 * the provider organisation at all is the caller's check. ProviderVisibilityTests holds it against the rule.
 * <p>
 * {@link Listing} is the part of it that depends on the participant, for a list whose agreement-wide part the rule
 * has already decided in Java (the agreement visible to the provider, the person on its staff, the category listed).
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
				   and '%1$s' = any (p.provider_consent)
				   and (exists (select 1 from agreement_staff s where s.agreement_id = a.id and s.person_id = :person
				                   and s.role = 'COORDINATOR')
				        or (exists (select 1 from agreement_staff s where s.agreement_id = a.id and s.person_id = :person)
				            and exists (select 1 from coop_participant_assignment x where x.participant_id = p.id
				                           and x.person_id = :person)))""".formatted(category.name()) + " ";
	}

	/**
	 * The participant's part of the rule for a list: the participation is within the visibility window, a consent
	 * not withdrawn covers the category for the provider, and (unless the person coordinates) the person is assigned.
	 * Its parameters do not clash with the list query's ({@code :a}, {@code :status}, {@code :limit}, {@code :offset}).
	 */
	record Listing(DataCategory category, @Nullable UUID assignedTo, int visibilityDays, LocalDate today) {

		/** The condition over {@code p} (coop_participant), between spaces. */
		String condition() {
			return " " + """
					(p.ended_at is null or p.ended_at + :visibilityDays >= :today)
					   and '%s' = any (p.provider_consent)""".formatted(category.name())
					+ (assignedTo == null ? "" : """
							 and exists (select 1 from coop_participant_assignment x where x.participant_id = p.id
							                and x.person_id = :assignedTo)""") + " ";
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query) {
			JdbcClient.StatementSpec bound = query.param("visibilityDays", visibilityDays).param("today", today);
			return assignedTo == null ? bound : bound.param("assignedTo", assignedTo);
		}
	}
}
