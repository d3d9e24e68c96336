package org.werkstatt.identity.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.platform.web.Texts;

/**
 * An organisation with everything its public page and its admin pages show. Its profile and legal
 * statements have a version per language.
 */
public record Organisation(UUID id, String slug, OrganisationType type, String name, @Nullable String street,
		@Nullable String postalCode, @Nullable String city, @Nullable String region, @Nullable String website,
		Texts profileTexts, Texts imprintTexts, Texts privacyTexts, Texts accessibilityTexts, boolean siteOwner,
		boolean hasLogo) {

	public OrganisationSummary summary() {
		return new OrganisationSummary(id, slug, type, name, city, hasLogo);
	}

	public boolean isNetwork() {
		return type == OrganisationType.NETWORK;
	}

	public Texts legalTexts(LegalPage page) {
		return switch (page) {
			case IMPRINT -> imprintTexts;
			case PRIVACY -> privacyTexts;
			case ACCESSIBILITY -> accessibilityTexts;
		};
	}
}
