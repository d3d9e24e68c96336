package org.werkstatt.workshop.live;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * CSV as spreadsheet programs open it: UTF-8 with a byte order mark, comma separated, every cell quoted.
 * A cell that starts like a formula ({@code = + - @}, tab, carriage return) gets a leading apostrophe, so
 * that a spreadsheet shows it as text and never runs it (CSV injection).
 */
final class Csv {

	private final StringBuilder text = new StringBuilder("\uFEFF");

	Csv row(String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append('"').append(cell(cells[i]).replace("\"", "\"\"")).append('"');
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
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
