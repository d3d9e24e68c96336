package org.werkstatt.workshop.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Office Open XML workbook (one sheet) as spreadsheet programs open it, written with the JDK's zip
 * alone. Text cells are inline strings and numbers are numbers; no cell is ever a formula, so a text that
 * starts with {@code =} is shown as that text and never run (formula injection). Characters XML 1.0 cannot
 * carry are left out.
 */
final class Xlsx {

	private final String sheetName;
	private final List<double[]> widths = new ArrayList<>();
	private final StringBuilder rows = new StringBuilder();
	private int rowCount;

	Xlsx(String sheetName) {
		this.sheetName = sheetName;
	}

	/** Sets the width of a column (1-based), in characters. */
	Xlsx width(int column, double characters) {
		widths.add(new double[] { column, characters });
		return this;
	}

	/** Adds a row; a {@link Number} becomes a number cell, anything else a text cell, {@code null} an empty one. */
	Xlsx row(Object... cells) {
		rowCount++;
		rows.append("<row r=\"").append(rowCount).append("\">");
		for (int i = 0; i < cells.length; i++) {
			Object cell = cells[i];
			if (cell == null) {
				continue;
			}
			String ref = column(i) + rowCount;
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

	byte[] bytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml", """
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetTitle())));
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					</Relationships>""");
			entry(zip, "xl/worksheets/sheet1.xml", sheet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private String sheet() {
		StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		if (rowCount > 0) {
			// the first row stays in view while scrolling
			xml.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
		}
		if (!widths.isEmpty()) {
			xml.append("<cols>");
			for (double[] width : widths) {
				xml.append("<col min=\"%1$d\" max=\"%1$d\" width=\"%2$s\" customWidth=\"1\"/>".formatted((int) width[0],
						String.valueOf(width[1])));
			}
			xml.append("</cols>");
		}
		return xml.append("<sheetData>").append(rows).append("</sheetData></worksheet>").toString();
	}

	/** A sheet name as spreadsheet programs accept it: at most 31 characters, none of {@code : \ / ? * [ ]}. */
	private String sheetTitle() {
		String name = sheetName.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
		name = name.isEmpty() ? "Sheet1" : name;
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** The column letters of a 0-based index: A … Z, AA, … */
	static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	static String escape(String text) {
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
