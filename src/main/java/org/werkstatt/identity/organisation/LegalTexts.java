package org.werkstatt.identity.organisation;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.werkstatt.platform.web.Texts;

/** The imprint, privacy and accessibility statements of an organisation, each in German, Danish and English. */
public record LegalTexts(@Size(max = 20000, message = "{validation.tooLong}") @Nullable String imprintTextDe,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String imprintTextDa,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String imprintTextEn,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String privacyTextDe,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String privacyTextDa,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String privacyTextEn,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String accessibilityTextDe,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String accessibilityTextDa,
		@Size(max = 20000, message = "{validation.tooLong}") @Nullable String accessibilityTextEn) {

	public static LegalTexts of(Organisation organisation) {
		return of(organisation.imprintTexts(), organisation.privacyTexts(), organisation.accessibilityTexts());
	}

	public static LegalTexts of(Texts imprint, Texts privacy, Texts accessibility) {
		return new LegalTexts(imprint.de(), imprint.da(), imprint.en(), privacy.de(), privacy.da(), privacy.en(),
				accessibility.de(), accessibility.da(), accessibility.en());
	}

	public Texts imprint() {
		return new Texts(imprintTextDe, imprintTextDa, imprintTextEn);
	}

	public Texts privacy() {
		return new Texts(privacyTextDe, privacyTextDa, privacyTextEn);
	}

	public Texts accessibility() {
		return new Texts(accessibilityTextDe, accessibilityTextDa, accessibilityTextEn);
	}
}
