package org.werkstatt.catalog.files;

/** What a row of an import becomes: an offer (its content) or a dated run of an offer. */
enum ItemKind {
	OFFER, RUN
}
