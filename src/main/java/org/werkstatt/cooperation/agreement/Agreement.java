package org.werkstatt.cooperation.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A cooperation agreement as stored. */
public record Agreement(UUID id, UUID jobcenterId, UUID providerId, String title, @Nullable String programme,
		LocalDate validFrom, LocalDate validUntil, AgreementStatus status, @Nullable String statusReason,
		@Nullable LocalDate endedAt, ReportingRhythm reportingRhythm, @Nullable LocalDate nextReportDue,
		@Nullable UUID officerId, Set<DataCategory> dataCategories, int visibilityDays, int retentionDays,
		@Nullable Instant jobcenterConfirmedAt, @Nullable UUID jobcenterConfirmedBy, @Nullable Instant providerConfirmedAt,
		@Nullable UUID providerConfirmedBy, int version) {

	public boolean active() {
		return status == AgreementStatus.ACTIVE;
	}

	/** Whether one of the two parties is this organisation. */
	public boolean hasParty(UUID organisationId) {
		return jobcenterId.equals(organisationId) || providerId.equals(organisationId);
	}

	/**
	 * Whether provider staff still see the agreement's participants on this day: while it is active, and after it
	 * ended for the visibility days (a cancelled agreement or a draft: never).
	 */
	public boolean visibleToProviderOn(LocalDate day) {
		if (status == AgreementStatus.ACTIVE) {
			return true;
		}
		return status == AgreementStatus.ENDED && endedAt != null && !day.isAfter(endedAt.plusDays(visibilityDays));
	}
}
