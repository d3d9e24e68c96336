package org.werkstatt.cooperation.participant;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the access rule decided for one person and one participant (or one agreement's list).
 *
 * @param organisationId the organisation the person acts for (null: none of the agreement's parties)
 * @param role the role the decision rests on, as the access log keeps it ({@code CASEWORKER},
 *     {@code ORGANISATION_ADMIN}, {@code COORDINATOR}, {@code PROVIDER_CASEWORKER}); null when none
 * @param reason the refusal's code; null when granted
 */
public record AccessDecision(boolean granted, Side side, @Nullable UUID organisationId, @Nullable String role,
		@Nullable String reason) {

	/** Which of the agreement's parties the person acts for. */
	public enum Side {
		JOBCENTER, PROVIDER, NONE
	}

	/** Refusal codes (the access log's {@code reason}). */
	public static final String NOT_SIGNED_IN = "NOT_SIGNED_IN";
	public static final String NOT_FOUND = "NOT_FOUND";
	public static final String OTHER_ORGANISATION = "OTHER_ORGANISATION";
	public static final String NO_ROLE = "NO_ROLE";
	public static final String NOT_ASSIGNED = "NOT_ASSIGNED";
	public static final String AGREEMENT_INACTIVE = "AGREEMENT_INACTIVE";
	public static final String VISIBILITY_ENDED = "VISIBILITY_ENDED";
	public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";
	public static final String NO_CONSENT = "NO_CONSENT";
	public static final String JOBCENTER_ONLY = "JOBCENTER_ONLY";
	public static final String COORDINATOR_ONLY = "COORDINATOR_ONLY";
	public static final String PROVIDER_ONLY = "PROVIDER_ONLY";

	static AccessDecision grant(Side side, UUID organisationId, String role) {
		return new AccessDecision(true, side, organisationId, role, null);
	}

	static AccessDecision refuse(Side side, @Nullable UUID organisationId, @Nullable String role, String reason) {
		return new AccessDecision(false, side, organisationId, role, reason);
	}

	/** The same decision, refused for a further reason (a granted read that the action needs more for). */
	AccessDecision refusedFor(String why) {
		return new AccessDecision(false, side, organisationId, role, why);
	}
}
