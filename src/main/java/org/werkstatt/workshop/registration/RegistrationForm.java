package org.werkstatt.workshop.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The public registration form on an event's page. */
public record RegistrationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}")
		@Email(regexp = "^[^@\\s?&]+@[^@\\s?&]+\\.[^@\\s?&]+$", message = "{validation.email}") String email,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String note,
		@NotNull(message = "{registration.consentRequired}")
		@AssertTrue(message = "{registration.consentRequired}") @Nullable Boolean consent) {

	public static RegistrationForm empty() {
		return new RegistrationForm("", "", "", false);
	}
}
