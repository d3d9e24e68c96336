package org.werkstatt.planning.files;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * CSV as German and Danish spreadsheet programs open it: UTF-8 with a byte order mark, separated by
 * semicolons, every cell quoted. A cell that starts like a formula ({@code = + - @}, tab, carriage return)
 * gets a leading apostrophe, so that a spreadsheet shows it as text and never runs it (CSV injection).
 */
final class CsvWriter {

	private final StringBuilder text = new StringBuilder("\uFEFF");

	CsvWriter row(@Nullable Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				text.append(';');
			}
			text.append('"').append(cell(cells[i] == null ? "" : cells[i].toString()).replace("\"", "\"\"")).append('"');
		}
		text.append("\r\n");
		return this;
	}

	static String cell(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	byte[] bytes() {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}
}
