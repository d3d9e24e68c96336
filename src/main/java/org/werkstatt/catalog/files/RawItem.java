package org.werkstatt.catalog.files;

import java.util.Map;

/**
 * An offer or run as read from a file, before anything is checked: its line (CSV line, spreadsheet row, or
 * the line of openQ-cat's {@code SERVICE}) and the text of each field it has. Kept as the preview's rows.
 */
record RawItem(ItemKind kind, int line, Map<Field, String> values) {

	String value(Field field) {
		String value = values.get(field);
		return value == null ? "" : value.strip();
	}
}
