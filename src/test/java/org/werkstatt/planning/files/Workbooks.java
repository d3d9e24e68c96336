package org.werkstatt.planning.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.werkstatt.platform.files.CellReference;

/** Small workbooks for tests, written by hand as spreadsheet programs save them. */
final class Workbooks {

	private Workbooks() {
	}

	/** A workbook whose first sheet has the given rows ({@code <row>} elements), plus extra parts. */
	static byte[] xlsx(Map<String, String> extra, String rows) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
		parts.put("xl/workbook.xml", """
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
				<sheets><sheet name="Maßnahmen" sheetId="1" r:id="rId7"/></sheets></workbook>""");
		parts.put("xl/_rels/workbook.xml.rels", """
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>\
				</Relationships>""");
		parts.putAll(extra);
		parts.put("xl/worksheets/data.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ rows + "</sheetData></worksheet>");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** A workbook with a heading row and text rows, all inline strings. */
	static byte[] xlsx(List<List<String>> rows) {
		StringBuilder xml = new StringBuilder();
		for (int r = 0; r < rows.size(); r++) {
			xml.append("<row r=\"").append(r + 1).append("\">");
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				xml.append("<c r=\"").append(CellReference.name(c, r + 1)).append("\" t=\"inlineStr\"><is><t>")
					.append(cells.get(c).replace("&", "&amp;").replace("<", "&lt;"))
					.append("</t></is></c>");
			}
			xml.append("</row>");
		}
		return xlsx(Map.of(), xml.toString());
	}
}
