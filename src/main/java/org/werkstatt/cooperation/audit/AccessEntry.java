package org.werkstatt.cooperation.audit;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One access to participant data, as the access log keeps it.
 *
 * @param personId who (null for the system, e.g. the retention job)
 * @param organisationId on behalf of which organisation
 * @param role in which role (identity's role name, or a role within an agreement)
 * @param kind read, list, export, write or API call
 * @param participantIds the participant of a detail view, or every participant a list showed
 * @param route the route template ({@code /work/coop/{agreementId}/participants/{id}}), never a URL with data
 * @param purpose why (a short code or text without personal data)
 * @param granted whether access was granted
 * @param reason for a refusal a code ({@code NOT_ASSIGNED}, {@code CONSENT_WITHDRAWN}, …); null when granted
 */
public record AccessEntry(@Nullable UUID personId, @Nullable UUID organisationId, @Nullable String role,
		AccessKind kind, List<UUID> participantIds, String route, String purpose, boolean granted,
		@Nullable String reason) {

	public AccessEntry {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(route, "route");
		Objects.requireNonNull(purpose, "purpose");
		participantIds = List.copyOf(participantIds);
	}

	/** A granted access. */
	public static AccessEntry granted(@Nullable UUID personId, @Nullable UUID organisationId, @Nullable String role,
			AccessKind kind, List<UUID> participantIds, String route, String purpose) {
		return new AccessEntry(personId, organisationId, role, kind, participantIds, route, purpose, true, null);
	}

	/** A refused access with its reason code. */
	public static AccessEntry refused(@Nullable UUID personId, @Nullable UUID organisationId, @Nullable String role,
			AccessKind kind, List<UUID> participantIds, String route, String purpose, String reason) {
		return new AccessEntry(personId, organisationId, role, kind, participantIds, route, purpose, false,
				Objects.requireNonNull(reason, "reason"));
	}
}
