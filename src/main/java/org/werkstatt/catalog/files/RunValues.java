package org.werkstatt.catalog.files;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A run as an import row gives it, checked; written through the core's run store on confirmation. */
record RunValues(String externalId, @Nullable String street, @Nullable String postalCode, @Nullable String city,
		@Nullable String region, @Nullable String room, @Nullable String onlineUrl, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, boolean rollingEntry, @Nullable String schedule,
		@Nullable LocalDate registrationDeadline, @Nullable Integer minParticipants, @Nullable Integer maxParticipants,
		@Nullable Integer placesAvailable, boolean enrolmentOpen, @Nullable Integer waitingWeeks,
		@Nullable BigDecimal cost, boolean guaranteed) {
}
