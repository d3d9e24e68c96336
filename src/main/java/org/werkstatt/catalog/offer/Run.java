package org.werkstatt.catalog.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dated run of an offer (a course instance), every column of {@code offer_run}. Its status follows from the
 * dates ({@link RunStatus#of}); whether its places are shown follows from when they were confirmed
 * ({@link Places}).
 */
public record Run(UUID id, UUID offerId, @Nullable String externalId, @Nullable String street,
		@Nullable String postalCode, @Nullable String city, @Nullable String region, @Nullable String room,
		@Nullable String meetingPoint, @Nullable String onlineUrl, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, boolean rollingEntry, @Nullable String schedule,
		@Nullable LocalDate registrationDeadline, @Nullable Integer minParticipants, @Nullable Integer maxParticipants,
		@Nullable Integer placesAvailable, @Nullable Instant placesConfirmedAt, boolean enrolmentOpen,
		@Nullable Integer waitingWeeks, @Nullable BigDecimal cost, boolean guaranteed, @Nullable Instant cancelledAt,
		@Nullable String cancelReason, Instant createdAt, Instant modifiedAt) {

	public boolean cancelled() {
		return cancelledAt != null;
	}

	/** Whether the run has begun (or runs continuously) by this day: it may no longer be deleted. */
	public boolean started(LocalDate today) {
		return startDate == null || !today.isBefore(startDate);
	}

	/** What a provider writes about the run, to fill the form again. */
	public RunDetails details() {
		return new RunDetails(externalId, street, postalCode, city, region, room, meetingPoint, onlineUrl, startDate,
				endDate, rollingEntry, schedule, registrationDeadline, minParticipants, maxParticipants, placesAvailable,
				enrolmentOpen, waitingWeeks, cost, guaranteed);
	}
}
