package org.werkstatt.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * An Office Open XML workbook (.xlsx) written directly, with no library: one or more sheets of text,
 * number and date cells. Text is always an inline string, never a formula, so nothing in a cell is evaluated
 * when the file is opened; characters XML cannot hold are left out. A {@link LocalDate} or
 * {@link LocalDateTime} becomes a real date cell (the day number spreadsheets count from 30 December 1899,
 * with the time as a fraction of the day) shown in the reader's date pattern (German {@code dd.mm.yyyy}),
 * so that it sorts and filters as a date. The first row of each sheet is its heading and stays in view
 * while scrolling.
 */
public final class Workbook {

	/** One sheet: its name, column widths and rows. */
	public static final class Sheet {

		private final String name;
		private final StringBuilder rows = new StringBuilder();
		private final StringBuilder columns = new StringBuilder();
		private int count;

		private Sheet(String name) {
			this.name = name;
		}

		/** Sets the width of a column (1-based), in characters. */
		public Sheet width(int column, double characters) {
			columns.append("<col min=\"%1$d\" max=\"%1$d\" width=\"%2$s\" customWidth=\"1\"/>".formatted(column,
					String.valueOf(characters)));
			return this;
		}

		/**
		 * Adds a row; a {@link Number} becomes a number cell, a {@link LocalDate} or {@link LocalDateTime} a date
		 * cell, anything else a text cell, {@code null} an empty one.
		 */
		public Sheet row(@Nullable Object... cells) {
			count++;
			rows.append("<row r=\"").append(count).append("\">");
			for (int i = 0; i < cells.length; i++) {
				Object cell = cells[i];
				if (cell == null) {
					continue;
				}
				String ref = column(i) + count;
				if (cell instanceof Number number) {
					rows.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
				}
				else if (cell instanceof LocalDate date) {
					rows.append("<c r=\"").append(ref).append("\" s=\"").append(DATE_STYLE).append("\"><v>")
						.append(serial(date)).append("</v></c>");
				}
				else if (cell instanceof LocalDateTime time) {
					rows.append("<c r=\"").append(ref).append("\" s=\"").append(DATE_TIME_STYLE).append("\"><v>")
						.append(serial(time)).append("</v></c>");
				}
				else {
					rows.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
						.append(escape(cell.toString()))
						.append("</t></is></c>");
				}
			}
			rows.append("</row>");
			return this;
		}

		private String xml() {
			String frozen = count > 0 ? "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
					+ "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>" : "";
			String cols = columns.isEmpty() ? "" : "<cols>" + columns + "</cols>";
			return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + frozen + cols
					+ "<sheetData>" + rows + "</sheetData></worksheet>";
		}
	}

	/** The cell styles in {@code styles.xml}: 0 is the default, 1 a date, 2 a date with time. */
	private static final int DATE_STYLE = 1;
	private static final int DATE_TIME_STYLE = 2;
	private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

	private final List<Sheet> sheets = new ArrayList<>();
	private final String datePattern;

	/** A workbook whose dates show in the reader's date pattern. */
	public Workbook(Locale locale) {
		this.datePattern = datePattern(locale);
	}

	/** The number format of a date for spreadsheets in this language: German {@code dd.mm.yyyy}, always four-digit years. */
	static String datePattern(Locale locale) {
		String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE,
				locale);
		return pattern.replaceAll("'[^']*'", "")
			.replaceAll("y+", "yyyy")
			.replaceAll("M+", "mm")
			.replaceAll("d+", "dd")
			.replaceAll("[^dmy./\\- ]", "")
			.strip();
	}

	/** The day number of a date as spreadsheets count it (1900-03-01 and later). */
	static long serial(LocalDate date) {
		return ChronoUnit.DAYS.between(EPOCH, date);
	}

	/** A date with time as a day number with the time as a fraction of the day. */
	static String serial(LocalDateTime time) {
		long seconds = time.toLocalTime().toSecondOfDay();
		java.math.BigDecimal fraction = java.math.BigDecimal.valueOf(seconds)
			.divide(java.math.BigDecimal.valueOf(86_400), 10, java.math.RoundingMode.HALF_UP);
		return java.math.BigDecimal.valueOf(serial(time.toLocalDate())).add(fraction).stripTrailingZeros().toPlainString();
	}

	/** Adds a sheet after the others. */
	public Sheet sheet(String name) {
		Sheet sheet = new Sheet(name);
		sheets.add(sheet);
		return sheet;
	}

	public byte[] bytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		StringBuilder types = new StringBuilder();
		StringBuilder names = new StringBuilder();
		StringBuilder relations = new StringBuilder();
		for (int i = 1; i <= sheets.size(); i++) {
			types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
				.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
			names.append("<sheet name=\"").append(escape(title(sheets.get(i - 1).name, i))).append("\" sheetId=\"").append(i)
				.append("\" r:id=\"rId").append(i).append("\"/>");
			relations.append("<Relationship Id=\"rId").append(i)
				.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
				.append(i).append(".xml\"/>");
		}
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
					+ types + "</Types>");
			entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
					+ "</Relationships>");
			entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
					+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + names
					+ "</sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels",
					"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relations
							+ "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
							+ "</Relationships>");
			entry(zip, "xl/styles.xml", styles());
			for (int i = 1; i <= sheets.size(); i++) {
				entry(zip, "xl/worksheets/sheet" + i + ".xml", sheets.get(i - 1).xml());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** One font, fill and border; the default style, a date style and a date-with-time style (custom formats 164 and 165). */
	private String styles() {
		return "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"" + escape(datePattern) + "\"/>"
				+ "<numFmt numFmtId=\"165\" formatCode=\"" + escape(datePattern + " hh:mm") + "\"/></numFmts>"
				+ "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
				+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
				+ "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
				+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
				+ "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
				+ "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
				+ "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
				+ "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
				+ "</styleSheet>";
	}

	/** The column letters of a 0-based index: A … Z, AA, … */
	public static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/** A sheet name as spreadsheet programs accept it: at most 31 characters, none of {@code : \ / ? * [ ]}. */
	private static String title(String name, int index) {
		String title = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
		title = title.isEmpty() ? "Sheet" + index : title;
		return title.length() > 31 ? title.substring(0, 31) : title;
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}
}
