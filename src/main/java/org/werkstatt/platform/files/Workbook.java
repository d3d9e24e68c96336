package org.werkstatt.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * An Office Open XML workbook (.xlsx) written directly, with no library: one or more sheets of text and
 * number cells. Text is always an inline string, never a formula, so nothing in a cell is evaluated
 * when the file is opened; characters XML cannot hold are left out. The first row of each sheet is its
 * heading and stays in view while scrolling.
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

		/** Adds a row; a {@link Number} becomes a number cell, anything else a text cell, {@code null} an empty one. */
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

	private final List<Sheet> sheets = new ArrayList<>();

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
					+ types + "</Types>");
			entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
					+ "</Relationships>");
			entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
					+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + names
					+ "</sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels",
					"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relations
							+ "</Relationships>");
			for (int i = 1; i <= sheets.size(); i++) {
				entry(zip, "xl/worksheets/sheet" + i + ".xml", sheets.get(i - 1).xml());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
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
