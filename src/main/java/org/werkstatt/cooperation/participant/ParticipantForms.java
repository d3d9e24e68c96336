package org.werkstatt.cooperation.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.werkstatt.cooperation.agreement.DataCategory;

/** The forms of the participant pages. */
final class ParticipantForms {

	private ParticipantForms() {
	}

	/** What the jobcenter enters when it assigns a person to an agreement. */
	record AssignForm(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @Nullable String firstName,
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @Nullable String lastName,
			@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") @Nullable String email,
			@Size(max = 50, message = "{validation.tooLong}") @Nullable String phone,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,
			@NotNull(message = "{validation.required}") @Nullable Gender gender,
			@NotNull(message = "{validation.required}") @Pattern(regexp = "de|da|en", message = "{validation.language}") @Nullable String language,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedEndDate) {

		static AssignForm empty() {
			return new AssignForm(null, null, null, null, null, Gender.NOT_STATED, "de", null, null);
		}
	}

	/** A change of status. */
	record StatusForm(@NotNull(message = "{validation.required}") @Nullable ParticipantStatus status,
			@Nullable StatusReason reason,
			@Size(max = 1000, message = "{validation.tooLong}") @Nullable String note,
			@Nullable ExitDestination destination,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom) {
	}

	/** A consent as recorded from the signed form or the meeting. */
	record ConsentForm(@NotNull(message = "{validation.required}") @Nullable UUID textId,
			@Nullable List<DataCategory> categories,
			@Nullable List<UUID> organisationIds,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate givenOn,
			@NotNull(message = "{validation.required}") Consent.@Nullable GivenHow givenHow,
			boolean successStory) {
	}

	/** The special categories (each optional; blank removes it). */
	record SpecialForm(@Size(max = 1000, message = "{validation.tooLong}") @Nullable String health,
			@Size(max = 1000, message = "{validation.tooLong}") @Nullable String disability,
			@Size(max = 1000, message = "{validation.tooLong}") @Nullable String minority) {
	}
}
