package org.werkstatt.identity.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.Role;

/** The form an admin fills in to create a person, optionally with a first role. */
public record NewPerson(
		@NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}")
		@Email(regexp = "^[^@\\s?&]+@[^@\\s?&]+\\.[^@\\s?&]+$", message = "{validation.email}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "de|da|en", message = "{validation.language}") String preferredLanguage,
		@NotBlank(message = "{validation.required}") String password,
		@Nullable Role role) {

	public static NewPerson empty() {
		return new NewPerson("", "", "de", "", null);
	}
}
