package org.werkstatt.identity.organisation;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The imprint, privacy and accessibility statements of an organisation. */
public record LegalTexts(@Size(max = 20000, message = "{validation.tooLong}") @Nullable String imprintText,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String privacyText,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String accessibilityText) {

	public static LegalTexts of(Organisation organisation) {
		return new LegalTexts(organisation.imprintText(), organisation.privacyText(), organisation.accessibilityText());
	}
}
