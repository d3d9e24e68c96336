package org.werkstatt.identity.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.werkstatt.platform.web.Texts;

/** The fields of an organisation an organisation admin edits. */
public record OrganisationProfile(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String street,
		@Size(max = 20, message = "{validation.tooLong}") @Nullable String postalCode,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String city,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String region,
		@Size(max = 300, message = "{validation.tooLong}")
		@Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.url}") @Nullable String website,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String profileTextDe,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String profileTextDa,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String profileTextEn) {

	public static OrganisationProfile of(Organisation organisation) {
		Texts profile = organisation.profileTexts();
		return new OrganisationProfile(organisation.name(), organisation.street(), organisation.postalCode(),
				organisation.city(), organisation.region(), organisation.website(), profile.de(), profile.da(), profile.en());
	}

	/** The introduction in German, Danish and English. */
	public Texts profileTexts() {
		return new Texts(profileTextDe, profileTextDa, profileTextEn);
	}
}
