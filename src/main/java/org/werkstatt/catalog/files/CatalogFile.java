package org.werkstatt.catalog.files;

import java.util.List;
import java.util.Map;

/**
 * An uploaded file as read: what it was ({@code csv}, {@code xlsx}, {@code openqcat}), its offers and runs,
 * and the openQ-cat elements the import does not take over, each with how often it occurs.
 *
 * @param spreadsheet whether dates may be day numbers (a workbook)
 */
record CatalogFile(String format, boolean spreadsheet, List<RawItem> items, Map<String, Integer> notImported) {
}
