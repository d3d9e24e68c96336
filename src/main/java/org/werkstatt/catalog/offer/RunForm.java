package org.werkstatt.catalog.offer;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * What a provider enters for a run on its form. Each rule that involves two fields is checked in
 * {@link #check}; a rule on one field is an annotation.
 */
record RunForm(
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String street,
		@Size(max = 10, message = "{validation.tooLong}") @Nullable String postalCode,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String city,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String region,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String room,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String meetingPoint,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String onlineUrl,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
		boolean rollingEntry,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String schedule,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate registrationDeadline,
		@Min(value = 0, message = "{catalog.run.form.notNegative}") @Max(value = 100000, message = "{validation.tooLarge}") @Nullable Integer minParticipants,
		@Min(value = 1, message = "{validation.atLeastOne}") @Max(value = 100000, message = "{validation.tooLarge}") @Nullable Integer maxParticipants,
		@Min(value = 0, message = "{catalog.run.form.notNegative}") @Max(value = 100000, message = "{validation.tooLarge}") @Nullable Integer placesAvailable,
		boolean enrolmentOpen,
		@Min(value = 0, message = "{catalog.run.form.waitingRange}") @Max(value = 260, message = "{catalog.run.form.waitingRange}") @Nullable Integer waitingWeeks,
		@DecimalMin(value = "0", message = "{catalog.run.form.notNegative}") @DecimalMax(value = "99999999.99", message = "{validation.tooLarge}") @Nullable BigDecimal cost,
		boolean guaranteed) {

	static RunForm empty() {
		return new RunForm(null, null, null, null, null, null, null, null, null, false, null, null, null, null, null, true,
				null, null, false);
	}

	static RunForm of(Run run) {
		return new RunForm(run.street(), run.postalCode(), run.city(), run.region(), run.room(), run.meetingPoint(),
				run.onlineUrl(), run.startDate(), run.endDate(), run.rollingEntry(), run.schedule(),
				run.registrationDeadline(), run.minParticipants(), run.maxParticipants(), run.placesAvailable(),
				run.enrolmentOpen(), run.waitingWeeks(), run.cost(), run.guaranteed());
	}

	/** The rules between fields, as field errors; none on a field that already has one. */
	void check(BindingResult result) {
		if (result.getTarget() == null) {
			return;
		}
		if (startDate == null && !rollingEntry) {
			reject(result, "startDate", "catalog.run.form.startRequired");
		}
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			reject(result, "endDate", "catalog.run.form.endBeforeStart");
		}
		if (registrationDeadline != null && startDate != null && registrationDeadline.isAfter(startDate)) {
			reject(result, "registrationDeadline", "catalog.run.form.deadlineAfterStart");
		}
		if (minParticipants != null && maxParticipants != null && minParticipants > maxParticipants) {
			reject(result, "minParticipants", "catalog.run.form.minAboveMax");
		}
		if (placesAvailable != null && maxParticipants != null && placesAvailable > maxParticipants) {
			reject(result, "placesAvailable", "catalog.run.form.placesAboveMax");
		}
		if (clean(onlineUrl) != null && !webAddress(clean(onlineUrl))) {
			reject(result, "onlineUrl", "validation.url");
		}
	}

	private static void reject(BindingResult result, String field, String key) {
		if (!result.hasFieldErrors(field)) {
			result.rejectValue(field, key);
		}
	}

	/** An absolute http or https address with a host (no javascript:, data: or relative links). */
	static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	/** What the store writes: texts stripped, empty ones null; the run's own id in other systems kept. */
	RunDetails details(@Nullable String externalId) {
		return new RunDetails(externalId, clean(street), clean(postalCode), clean(city), clean(region), clean(room),
				clean(meetingPoint), clean(onlineUrl), startDate, endDate, rollingEntry, clean(schedule), registrationDeadline,
				minParticipants, maxParticipants, placesAvailable, enrolmentOpen, waitingWeeks, cost, guaranteed);
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
