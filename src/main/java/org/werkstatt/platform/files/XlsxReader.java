package org.werkstatt.platform.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an Office Open XML workbook with the JDK alone ({@code java.util.zip} and StAX):
 * shared strings, inline strings and numbers (dates are day numbers, Excel serials, and are read as numbers).
 * A cell with a formula refuses the whole file with the cells' references: a formula's stored result may be
 * stale, and an import takes values only. Unpacking is bounded in all and per packed byte (zip bombs), and
 * the XML parser reads no DTD and no external entity.
 */
public final class XlsxReader {

	private static final String WORKBOOK = "xl/workbook.xml";
	private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
	private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
	private static final int FORMULAS_NAMED = 10;

	private static final XMLInputFactory XML = XMLInputFactory.newFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	private XlsxReader() {
	}

	public static RawTable read(byte[] bytes) throws FileProblem {
		Map<String, byte[]> parts = unzip(bytes);
		try {
			String sheet = firstSheet(parts);
			byte[] sheetXml = parts.get(sheet);
			if (sheetXml == null) {
				throw new FileProblem("files.error.notSpreadsheet");
			}
			List<String> strings = parts.containsKey(SHARED_STRINGS) ? sharedStrings(parts.get(SHARED_STRINGS)) : List.of();
			return sheet(sheetXml, strings);
		}
		catch (XMLStreamException | RuntimeException e) {
			throw new FileProblem("files.error.notSpreadsheet");
		}
	}

	/** The parts the reader needs, each unpacked within the limits; every other part is unpacked and counted. */
	private static Map<String, byte[]> unzip(byte[] bytes) throws FileProblem {
		Map<String, byte[]> parts = new HashMap<>();
		long allowed = Math.min(ImportLimits.MAX_UNPACKED, Math.max(1024L * 1024, (long) bytes.length * ImportLimits.MAX_RATIO));
		long unpacked = 0;
		int entries = 0;
		byte[] buffer = new byte[16 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > ImportLimits.MAX_ENTRIES) {
					throw new FileProblem("files.error.zipBomb");
				}
				String name = entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
				boolean needed = name.equals(WORKBOOK) || name.equals(WORKBOOK_RELS) || name.equals(SHARED_STRINGS)
						|| name.startsWith("xl/worksheets/") && name.endsWith(".xml");
				ByteArrayOutputStream part = needed ? new ByteArrayOutputStream() : null;
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					unpacked += n;
					if (unpacked > allowed) {
						throw new FileProblem("files.error.zipBomb");
					}
					if (part != null) {
						part.write(buffer, 0, n);
					}
				}
				if (part != null) {
					parts.put(name, part.toByteArray());
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new FileProblem("files.error.notSpreadsheet");
		}
		if (!parts.containsKey(WORKBOOK)) {
			throw new FileProblem("files.error.notSpreadsheet");
		}
		return parts;
	}

	/** The part of the workbook's first sheet, through the workbook's relationships. */
	private static String firstSheet(Map<String, byte[]> parts) throws XMLStreamException {
		String relationId = null;
		XMLStreamReader workbook = reader(parts.get(WORKBOOK));
		while (workbook.hasNext() && relationId == null) {
			if (workbook.next() == XMLStreamReader.START_ELEMENT && workbook.getLocalName().equals("sheet")) {
				for (int i = 0; i < workbook.getAttributeCount(); i++) {
					if (workbook.getAttributeLocalName(i).equals("id")) {
						relationId = workbook.getAttributeValue(i);
					}
				}
			}
		}
		if (relationId != null && parts.containsKey(WORKBOOK_RELS)) {
			XMLStreamReader rels = reader(parts.get(WORKBOOK_RELS));
			while (rels.hasNext()) {
				if (rels.next() == XMLStreamReader.START_ELEMENT && rels.getLocalName().equals("Relationship")
						&& relationId.equals(rels.getAttributeValue(null, "Id"))) {
					String target = rels.getAttributeValue(null, "Target");
					return target.startsWith("/") ? target.substring(1) : "xl/" + target;
				}
			}
		}
		return "xl/worksheets/sheet1.xml";
	}

	private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
		List<String> strings = new ArrayList<>();
		XMLStreamReader reader = reader(xml);
		StringBuilder text = null;
		int phonetic = 0;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamReader.START_ELEMENT) {
				switch (reader.getLocalName()) {
					case "si" -> text = new StringBuilder();
					case "rPh" -> phonetic++;
					case "t" -> {
						String value = reader.getElementText();
						if (text != null && phonetic == 0) {
							text.append(value);
						}
					}
					default -> {
					}
				}
			}
			else if (event == XMLStreamReader.END_ELEMENT) {
				if (reader.getLocalName().equals("si") && text != null) {
					strings.add(text.toString());
					text = null;
				}
				else if (reader.getLocalName().equals("rPh")) {
					phonetic--;
				}
			}
		}
		return strings;
	}

	private static RawTable sheet(byte[] xml, List<String> strings) throws XMLStreamException, FileProblem {
		TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
		List<String> formulas = new ArrayList<>();
		int formulaCount = 0;
		XMLStreamReader reader = reader(xml);
		int rowNumber = 0;
		int column = -1;
		String ref = null;
		String type = null;
		String value = null;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamReader.START_ELEMENT) {
				switch (reader.getLocalName()) {
					case "row" -> {
						String r = reader.getAttributeValue(null, "r");
						rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
						column = -1;
					}
					case "c" -> {
						ref = reader.getAttributeValue(null, "r");
						type = reader.getAttributeValue(null, "t");
						column = ref == null ? column + 1 : CellReference.column(ref);
						ref = ref == null ? CellReference.name(column, rowNumber) : ref;
						value = null;
					}
					case "f" -> {
						if (formulas.size() < FORMULAS_NAMED) {
							formulas.add(ref);
						}
						formulaCount++;
					}
					case "v" -> value = reader.getElementText();
					case "is" -> value = inline(reader);
					default -> {
					}
				}
			}
			else if (event == XMLStreamReader.END_ELEMENT && reader.getLocalName().equals("c") && value != null) {
				String text = cell(type, value, strings);
				if (!text.isEmpty()) {
					if (column >= ImportLimits.MAX_COLUMNS) {
						throw new FileProblem("files.error.tooManyColumns", ImportLimits.MAX_COLUMNS);
					}
					if (text.length() > ImportLimits.MAX_CELL) {
						throw new FileProblem("files.error.cellTooLong", rowNumber, ImportLimits.MAX_CELL);
					}
					rows.computeIfAbsent(rowNumber, k -> new TreeMap<>()).put(column, text);
					ImportLimits.checkRows(rows.size() - 1);
				}
			}
		}
		if (formulaCount > 0) {
			throw new FileProblem("files.error.formulas", String.join(", ", formulas), formulaCount);
		}
		if (rows.isEmpty()) {
			throw new FileProblem("files.error.empty");
		}
		List<RawTable.Row> table = new ArrayList<>();
		rows.forEach((number, cells) -> table.add(new RawTable.Row(number, cells(cells))));
		RawTable.Row header = table.removeFirst();
		return new RawTable(header.cells().stream().map(String::strip).toList(), table, true);
	}

	private static List<String> cells(TreeMap<Integer, String> cells) {
		List<String> list = new ArrayList<>();
		for (Map.Entry<Integer, String> cell : cells.entrySet()) {
			while (list.size() < cell.getKey()) {
				list.add("");
			}
			list.add(cell.getValue());
		}
		return list;
	}

	/** The text of an inline string: its {@code <t>} elements, without phonetic runs. */
	private static String inline(XMLStreamReader reader) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		boolean phonetic = false;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamReader.START_ELEMENT) {
				if (reader.getLocalName().equals("rPh")) {
					phonetic = true;
				}
				if (reader.getLocalName().equals("t")) {
					String value = reader.getElementText();
					if (!phonetic) {
						text.append(value);
					}
					continue;
				}
				depth++;
			}
			else if (event == XMLStreamReader.END_ELEMENT) {
				if (reader.getLocalName().equals("rPh")) {
					phonetic = false;
				}
				depth--;
			}
		}
		return text.toString();
	}

	private static String cell(String type, String value, List<String> strings) {
		if ("s".equals(type)) {
			return strings.get(Integer.parseInt(value.strip()));
		}
		if ("b".equals(type)) {
			return "1".equals(value.strip()) ? "TRUE" : "FALSE";
		}
		if (type == null || "n".equals(type)) {
			String number = value.strip();
			if (number.isEmpty()) {
				return "";
			}
			BigDecimal parsed = new BigDecimal(number);
			// a number like 1E999999999 would be written out as a billion digits: no cell of a plan is that large
			if (number.length() > 40 || Math.abs(parsed.scale()) > 30) {
				return number;
			}
			return parsed.stripTrailingZeros().toPlainString();
		}
		return value;
	}

	private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
		InputStream in = new ByteArrayInputStream(xml);
		return XML.createXMLStreamReader(in);
	}
}
