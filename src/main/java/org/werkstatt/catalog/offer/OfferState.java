package org.werkstatt.catalog.offer;

/** Where an offer stands: never published, in the catalog, or taken off it (kept). */
public enum OfferState {
	DRAFT, PUBLISHED, ARCHIVED;

	public String messageKey() {
		return "catalog.offer.state." + name();
	}
}
