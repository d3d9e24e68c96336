package org.werkstatt.cooperation.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.cooperation.agreement.DataCategory;

/**
 * A participant's consent: which text, which data categories, which organisations, given when and how, recorded by
 * whom; a withdrawal ends it at once (the record stays).
 */
public record Consent(UUID id, UUID participantId, UUID textId, int textVersion, String textLanguage,
		Set<DataCategory> categories, Set<UUID> organisationIds, LocalDate givenOn, GivenHow givenHow, Instant recordedAt,
		UUID recordedBy, boolean successStory, @Nullable Instant withdrawnAt, @Nullable UUID withdrawnBy) {

	/** How consent was given. */
	public enum GivenHow {
		PAPER, IN_PERSON;

		public String messageKey() {
			return "cooperation.consent.how." + name();
		}
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/** Whether this consent (not withdrawn) lets the organisation process this category of the participant's data. */
	public boolean covers(UUID organisationId, DataCategory category) {
		return !withdrawn() && organisationIds.contains(organisationId) && categories.contains(category);
	}
}
