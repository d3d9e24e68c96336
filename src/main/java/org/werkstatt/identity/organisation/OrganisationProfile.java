package org.werkstatt.identity.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The fields of an organisation an organisation admin edits. */
public record OrganisationProfile(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String street,
		@Size(max = 20, message = "{validation.tooLong}") @Nullable String postalCode,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String city,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String region,
		@Size(max = 300, message = "{validation.tooLong}")
		@Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.url}") @Nullable String website,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String profileText) {

	public static OrganisationProfile of(Organisation organisation) {
		return new OrganisationProfile(organisation.name(), organisation.street(), organisation.postalCode(),
				organisation.city(), organisation.region(), organisation.website(), organisation.profileText());
	}
}
