package org.werkstatt.identity.network;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;

/**
 * How a network admits the person behind a request: with an organisation that is already on the site, or
 * with a new one whose first person (the requester, by default) is invited to set a password.
 */
public record JoinForm(@Nullable Mode mode, @Nullable String organisationId,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String organisationName,
		@Size(max = 80, message = "{validation.tooLong}")
		@Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{validation.slug}") @Nullable String slug,
		@Nullable OrganisationType type,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String personName,
		@Size(max = 254, message = "{validation.tooLong}")
		@jakarta.validation.constraints.Email(regexp = "^$|^[^@\\s?&]+@[^@\\s?&]+\\.[^@\\s?&]+$", message = "{validation.email}") @Nullable String email,
		@Nullable Role role) {

	public enum Mode {
		NEW, EXISTING;

		public String messageKey() {
			return "network.join.mode." + name();
		}
	}

	/** Prefilled from the request: a new organisation with the name given, its admin the person who asked. */
	public static JoinForm of(InterestRequest request) {
		String name = request.organisationName() == null ? "" : request.organisationName();
		return new JoinForm(Mode.NEW, "", name, Slugs.of(name), null, request.name(), request.email(),
				Role.ORGANISATION_ADMIN);
	}
}
