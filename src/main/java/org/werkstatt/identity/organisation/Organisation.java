package org.werkstatt.identity.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;

/** An organisation with everything its public page and its admin pages show. */
public record Organisation(UUID id, String slug, OrganisationType type, String name, @Nullable String street,
		@Nullable String postalCode, @Nullable String city, @Nullable String region, @Nullable String website,
		@Nullable String profileText, @Nullable String imprintText, @Nullable String privacyText,
		@Nullable String accessibilityText, boolean siteOwner, boolean hasLogo) {

	public OrganisationSummary summary() {
		return new OrganisationSummary(id, slug, type, name, city, hasLogo);
	}

	public boolean isNetwork() {
		return type == OrganisationType.NETWORK;
	}

	public @Nullable String legalText(LegalPage page) {
		return switch (page) {
			case IMPRINT -> imprintText;
			case PRIVACY -> privacyText;
			case ACCESSIBILITY -> accessibilityText;
		};
	}
}
