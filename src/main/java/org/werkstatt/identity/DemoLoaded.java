package org.werkstatt.identity;

import java.util.Map;
import java.util.UUID;

/**
 * The fictional demo organisations and people were loaded into an empty database (published once, in
 * the loading transaction, so other modules add their demo content exactly once).
 *
 * @param organisations the demo organisations' ids by slug
 */
public record DemoLoaded(Map<String, UUID> organisations) {

	public UUID organisation(String slug) {
		UUID id = organisations.get(slug);
		if (id == null) {
			throw new IllegalArgumentException("No demo organisation " + slug);
		}
		return id;
	}
}
