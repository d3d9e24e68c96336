package org.werkstatt.identity.network;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The public "express interest" form on a network's page. */
public record InterestForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String organisationName,
		@NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}")
		@Email(regexp = "^[^@\\s?&]+@[^@\\s?&]+\\.[^@\\s?&]+$", message = "{validation.email}") String email,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String message,
		@AssertTrue(message = "{interest.consentRequired}") boolean consent) {

	public static InterestForm empty() {
		return new InterestForm("", "", "", "", false);
	}
}
