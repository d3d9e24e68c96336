package org.werkstatt.identity;

import java.util.UUID;

/**
 * Someone asked to join a network on its public page; published in the transaction that stores the
 * request, so that a listener's mail is queued exactly when the request is.
 *
 * @param language the language the person used on the form ({@code de}, {@code da}, {@code en})
 */
public record InterestExpressed(UUID networkId, String networkName, UUID requestId, String name, String email,
		String language) {
}
