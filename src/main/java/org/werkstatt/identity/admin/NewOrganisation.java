package org.werkstatt.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationType;

/** A platform admin's form for a new organisation. */
record NewOrganisation(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String organisationName,
		@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.tooLong}")
		@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{validation.slug}") String slug,
		@NotNull(message = "{validation.required}") @Nullable OrganisationType type,
		boolean siteOwner) {

	static NewOrganisation empty() {
		return new NewOrganisation("", "", null, false);
	}
}
