package org.werkstatt.platform.files;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * CSV as spreadsheet programs open it, the one rule for every CSV Werkstatt writes: UTF-8 with a byte order
 * mark, every cell quoted, cells separated by semicolons in every language (what German and Danish Excel open
 * with a double click; English spreadsheet programs ask or detect it), dates ISO ({@code 2026-03-31}, times
 * {@code 2026-03-31 14:05} in the site's time zone), numbers with a dot. Headings are in the reader's language,
 * except in open data files, whose column names are fixed by their schema (docs/open-data.md). A cell that
 * starts like a formula ({@code = + - @}, tab, carriage return) gets a leading apostrophe, so that a
 * spreadsheet shows it as text and never runs it (CSV injection).
 */
public final class Csv {

	private final StringBuilder text = new StringBuilder("\uFEFF");
	private final char separator;

	private Csv(char separator) {
		this.separator = separator;
	}

	public static Csv semicolonSeparated() {
		return new Csv(';');
	}

	/** Adds a row; {@code null} is an empty cell, anything else its text. */
	public Csv row(@Nullable Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				text.append(separator);
			}
			text.append('"').append(cell(cells[i] == null ? "" : cells[i].toString()).replace("\"", "\"\"")).append('"');
		}
		text.append("\r\n");
		return this;
	}

	/** The text a cell shows: with a leading apostrophe where it would start like a formula. */
	public static String cell(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	public byte[] bytes() {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
