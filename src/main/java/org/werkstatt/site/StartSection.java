package org.werkstatt.site;

/**
 * A section of the start page: what one capability offers on this site. Capabilities that are not
 * built yet say so instead of pretending.
 */
record StartSection(String titleKey, String textKey, boolean available) {
}
