package org.werkstatt.cooperation.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the plan and messages pages (field names unique on the page: they are the inputs' ids). */
final class PlanForms {

	private PlanForms() {
	}

	record IntegrationGoalForm(@Size(max = 2000, message = "{validation.tooLong}") @Nullable String integrationGoal) {
	}

	record GoalForm(@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") @Nullable String goalText) {
	}

	record MilestoneForm(
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String milestoneTitle,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate milestoneDue) {
	}

	record ModuleForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String moduleName) {
	}

	record NoteForm(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") @Nullable String noteBody) {
	}

	record MessageForm(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") @Nullable String messageBody) {
	}
}
