package org.werkstatt.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A person was invited to set their password through a link; published in the transaction that creates
 * the invitation, handled synchronously in it (the token must never be stored, so the event is not either).
 *
 * @param token the secret of the link {@code /invitations/{token}}; only its hash is in the database
 * @param invitedBy the organisation that invited (a network admitting a newcomer), whose outbox shows the mail
 * @param language the person's language ({@code de}, {@code da}, {@code en})
 */
public record PersonInvited(UUID invitedBy, String invitedByName, String organisationName, String name, String email,
		String language, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "PersonInvited[invitedBy=" + invitedBy + "]";
	}
}
