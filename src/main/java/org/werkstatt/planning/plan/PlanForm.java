package org.werkstatt.planning.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A plan as its owner enters it. */
public record PlanForm(@NotNull(message = "{validation.required}") PlanKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String summary,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
		@NotNull(message = "{validation.required}") PlanState state,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String adoptedBy,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate adoptedOn,
		@NotNull(message = "{validation.required}") PlanVisibility visibility, @Nullable Boolean shared) {

	public static PlanForm of(Plan plan) {
		return new PlanForm(plan.kind(), plan.title(), plan.summary(), plan.periodStart(), plan.periodEnd(), plan.state(),
				plan.adoptedBy(), plan.adoptedOn(), plan.visibility(), plan.shared());
	}

	/** A form without the box (every organisation but a network) does not share. */
	public boolean sharedWithMembers() {
		return Boolean.TRUE.equals(shared);
	}

	public boolean periodInOrder() {
		return periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart);
	}
}
