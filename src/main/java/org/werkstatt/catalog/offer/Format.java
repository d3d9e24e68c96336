package org.werkstatt.catalog.offer;

/** How an offer is held (KURSNET's instruction form, schema.org courseMode). */
public enum Format {
	IN_PERSON, DIGITAL, HYBRID, DISTANCE;

	public String messageKey() {
		return "catalog.format." + name();
	}
}
