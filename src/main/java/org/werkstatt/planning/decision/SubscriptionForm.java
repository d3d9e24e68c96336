package org.werkstatt.planning.decision;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An address to hear about the decisions on one's ideas, with the consent to keep it for that. */
public record SubscriptionForm(
		@NotBlank(message = "{validation.required}") @Email(regexp = "^[^@\\s?&]+@[^@\\s?&]+\\.[^@\\s?&]+$", message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
		@NotNull(message = "{decision.subscribe.consent.required}") @AssertTrue(message = "{decision.subscribe.consent.required}") @Nullable Boolean consent) {

	public static SubscriptionForm empty() {
		return new SubscriptionForm("", null);
	}
}
