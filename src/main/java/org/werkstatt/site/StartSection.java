package org.werkstatt.site;

import org.jspecify.annotations.Nullable;

/**
 * A section of the start page: what one capability offers on this site, and where to find it (the
 * networks are listed further down the page). Capabilities that are not built yet say so instead of
 * pretending.
 */
record StartSection(String titleKey, String textKey, boolean available, @Nullable String href, @Nullable String linkKey) {
}
