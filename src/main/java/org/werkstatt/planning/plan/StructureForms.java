package org.werkstatt.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.Texts;

/** The small forms on a plan's editor page: statuses, fields of action, goals, indicators, their values. */
final class StructureForms {

	private StructureForms() {
	}

	/** A status's name per language; the site default's is required (checked by the controller). */
	record StatusForm(@Size(max = 100, message = "{validation.tooLong}") @Nullable String statusLabelDe,
			@Size(max = 100, message = "{validation.tooLong}") @Nullable String statusLabelDa,
			@Size(max = 100, message = "{validation.tooLong}") @Nullable String statusLabelEn,
			@NotNull(message = "{validation.required}") @Nullable Stage statusStage,
			@NotNull(message = "{validation.required}") @Min(value = 0, message = "{measure.progress.range}") @Max(value = 100, message = "{measure.progress.range}") @Nullable Integer statusProgress) {

		public Texts labels() {
			return new Texts(statusLabelDe, statusLabelDa, statusLabelEn);
		}

		static String field(Language language) {
			return switch (language) {
				case DE -> "statusLabelDe";
				case DA -> "statusLabelDa";
				case EN -> "statusLabelEn";
			};
		}
	}

	record FieldForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String fieldTitle,
			@Size(max = 2000, message = "{validation.tooLong}") @Nullable String fieldDescription,
			@Size(max = 500, message = "{validation.tooLong}") @Nullable String fieldTargetGroups) {
	}

	record GoalForm(@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String goalTitle,
			@Size(max = 2000, message = "{validation.tooLong}") @Nullable String goalDescription, @Nullable UUID goalField) {
	}

	record IndicatorForm(@NotNull(message = "{validation.required}") @Nullable UUID indicatorGoal,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String indicatorName,
			@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String indicatorUnit,
			@DecimalMin(value = "-999999999999.99", message = "{validation.tooLarge}") @DecimalMax(value = "999999999999.99", message = "{validation.tooLarge}") @Nullable BigDecimal indicatorBaseline, @DecimalMin(value = "-999999999999.99", message = "{validation.tooLarge}") @DecimalMax(value = "999999999999.99", message = "{validation.tooLarge}") @Nullable BigDecimal indicatorTarget,
			@Size(max = 300, message = "{validation.tooLong}") @Nullable String indicatorSource) {
	}

	record ValueForm(@NotNull(message = "{validation.required}") @Nullable UUID valueIndicator,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate valueDate,
			@NotNull(message = "{validation.required}") @DecimalMin(value = "-999999999999.99", message = "{validation.tooLarge}") @DecimalMax(value = "999999999999.99", message = "{validation.tooLarge}") @Nullable BigDecimal valueNumber) {
	}
}
