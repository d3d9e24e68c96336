package org.werkstatt.identity;

import java.util.Map;
import java.util.UUID;

/**
 * The fictional demo's organisations and people are in the database: other modules add their part of
 * the demo now, in the same transaction. Published once, on the first start of an empty database in
 * demo mode.
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
