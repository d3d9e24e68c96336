package org.werkstatt.catalog.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a provider writes about a run (the form's fields, an import's row). {@link RunStore} writes it as it
 * is; the pages check it first ({@code RunForm}). Giving {@code placesAvailable} counts as confirming them.
 */
public record RunDetails(@Nullable String externalId, @Nullable String street, @Nullable String postalCode,
		@Nullable String city, @Nullable String region, @Nullable String room, @Nullable String meetingPoint,
		@Nullable String onlineUrl, @Nullable LocalDate startDate, @Nullable LocalDate endDate, boolean rollingEntry,
		@Nullable String schedule, @Nullable LocalDate registrationDeadline, @Nullable Integer minParticipants,
		@Nullable Integer maxParticipants, @Nullable Integer placesAvailable, boolean enrolmentOpen,
		@Nullable Integer waitingWeeks, @Nullable BigDecimal cost, boolean guaranteed) {
}
