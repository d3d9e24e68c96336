package org.werkstatt.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a planner enters for a measure, on the form or as a row of an import file. Without a progress
 * the status's default progress applies.
 */
public record MeasureForm(
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String number,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 10000, message = "{validation.tooLong}") @Nullable String description,
		@Nullable UUID fieldId,
		@Nullable UUID responsibleOrganisationId,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String responsiblePerson,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String partners,
		@NotBlank(message = "{validation.required}") String status,
		@Min(value = 0, message = "{measure.progress.range}") @Max(value = 100, message = "{measure.progress.range}") @Nullable Integer progress,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
		@DecimalMin(value = "0", message = "{measure.budget.negative}") @DecimalMax(value = "999999999999.99", message = "{validation.tooLarge}") @Nullable BigDecimal budget,
		@Min(value = 0, message = "{measure.places.negative}") @Nullable Integer places) {

	public static MeasureForm empty(String status) {
		return new MeasureForm("", "", null, null, null, null, null, status, null, null, null, null, null);
	}

	public static MeasureForm of(Measure measure) {
		return new MeasureForm(measure.number(), measure.title(), measure.description(), measure.fieldId(),
				measure.responsibleOrganisationId(), measure.responsiblePerson(), measure.partners(), measure.status(),
				measure.progress(), measure.startsOn(), measure.endsOn(), measure.budget(), measure.places());
	}

	/** The dates are in order (a form's error for {@code endsOn} otherwise). */
	public boolean datesInOrder() {
		return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
	}
}
