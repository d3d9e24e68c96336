package org.werkstatt.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What other modules and pages show of an organisation. */
public record OrganisationSummary(UUID id, String slug, OrganisationType type, String name, @Nullable String city,
		boolean hasLogo) {

	public boolean isNetwork() {
		return type == OrganisationType.NETWORK;
	}

	public String logoUrl() {
		return "/o/" + slug + "/logo";
	}
}
