package org.werkstatt.platform.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as spreadsheet programs and people write it: UTF-8 with or without a byte order mark,
 * separated by semicolons or commas (whichever the heading row has more of outside quotes), fields in
 * double quotes may hold separators, quotes ({@code ""}) and line breaks. Anything that is not valid UTF-8
 * (a file saved as Windows-1252, a renamed binary) is refused instead of guessed.
 */
public final class CsvReader {

	private CsvReader() {
	}

	public static RawTable read(byte[] bytes) throws FileProblem {
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new FileProblem("files.error.empty");
		}
		if (text.indexOf('\0') >= 0) {
			throw new FileProblem("files.error.notText");
		}
		char separator = separator(text);
		List<RawTable.Row> rows = parse(text, separator);
		RawTable.Row header = rows.removeFirst();
		rows.removeIf(RawTable.Row::blank);
		ImportLimits.checkRows(rows.size());
		return new RawTable(header.cells().stream().map(String::strip).toList(), rows, false);
	}

	private static String decode(byte[] bytes) throws FileProblem {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new FileProblem("files.error.encoding");
		}
	}

	/** The separator the first line uses most outside quotes: {@code ;} (German and Danish Excel) or {@code ,}. */
	public static char separator(String text) {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
		}
		return semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : ';';
	}

	private static List<RawTable.Row> parse(String text, char separator) throws FileProblem {
		List<RawTable.Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.toString().isBlank()) {
				quoted = true;
				cell.setLength(0);
			}
			else if (c == separator) {
				cells.add(finish(cell));
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(finish(cell));
				rows.add(new RawTable.Row(rowLine, List.copyOf(cells)));
				ImportLimits.checkRows(rows.size() - 1);
				cells.clear();
				line++;
				rowLine = line;
			}
			else {
				cell.append(c);
			}
			if (cell.length() > ImportLimits.MAX_CELL) {
				throw new FileProblem("files.error.cellTooLong", rowLine, ImportLimits.MAX_CELL);
			}
			if (cells.size() > ImportLimits.MAX_COLUMNS) {
				throw new FileProblem("files.error.tooManyColumns", ImportLimits.MAX_COLUMNS);
			}
		}
		if (quoted) {
			throw new FileProblem("files.error.openQuote", rowLine);
		}
		if (!cells.isEmpty() || !cell.isEmpty()) {
			cells.add(finish(cell));
			rows.add(new RawTable.Row(rowLine, List.copyOf(cells)));
		}
		return rows;
	}

	private static String finish(StringBuilder cell) {
		String value = cell.toString();
		cell.setLength(0);
		return value;
	}
}
