package org.werkstatt.catalog.files;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.files.ImportLimits;

/**
 * Reads openQ-cat XML, the catalog format providers upload to the Bundesagentur für Arbeit's KURSNET: an
 * {@code OPENQCAT} root with a {@code HEADER} and a {@code NEW_CATALOG} or {@code UPDATE_CATALOG} of
 * {@code SERVICE}s. A service whose {@code SERVICE_MODULE/EDUCATION} has {@code type="true"} is an offer (its
 * {@code PRODUCT_ID} is the offer's external id); {@code type="false"} is a dated course instance, a run,
 * pointing back to its offer by {@code EDUCATION/COURSE_ID}.
 * <p>
 * Sources for the structure: the BA's page "XML-Upload in KURSNET" (arbeitsagentur.de/institutionen/
 * kurse-anbieten/xml-upload), the "Spezifikation open-Qcat V1.1.0" (BA and Fraunhofer IAO, 2008), a public
 * KURSNET exporter that writes {@code openQ-cat.V1.1.xsd} documents, and the BA's instruction-form codes
 * (101–105 in person, 201–206 digital, 301–304 blended, 401–403 distance). The elements mapped are listed in
 * {@link #MAPPED}; every other element inside a service is counted and shown in the preview as not imported,
 * never guessed at.
 * <p>
 * Parsed with StAX, streaming: no DTD is read and no entity resolved. A document with a {@code DOCTYPE} is
 * refused before anything in it is used (that is where external entities and entity expansion "billion
 * laughs" live); malformed XML is refused with its line; the size is bounded by {@link ImportLimits#MAX_BYTES}.
 */
final class OpenQCatReader {

	/** The element paths (below {@code SERVICE}) that become fields. */
	static final Map<String, Field> MAPPED = Map.ofEntries(Map.entry("PRODUCT_ID", Field.OFFER_ID),
			Map.entry("SERVICE_DETAILS/TITLE", Field.TITLE),
			Map.entry("SERVICE_DETAILS/DESCRIPTION_SHORT", Field.SHORT_DESCRIPTION),
			Map.entry("SERVICE_DETAILS/DESCRIPTION_LONG", Field.DESCRIPTION),
			Map.entry("SERVICE_DETAILS/TARGET_GROUP/TARGET_GROUP_TEXT", Field.TARGET_GROUPS),
			Map.entry("SERVICE_DETAILS/KEYWORD", Field.KEYWORDS),
			Map.entry("SERVICE_DETAILS/SERVICE_DATE/START_DATE", Field.START),
			Map.entry("SERVICE_DETAILS/SERVICE_DATE/END_DATE", Field.END),
			Map.entry("SERVICE_DETAILS/CONTACT/CONTACT_ROLE", Field.CONTACT_ROLE),
			Map.entry("SERVICE_DETAILS/CONTACT/PHONE", Field.CONTACT_PHONE),
			Map.entry("SERVICE_DETAILS/CONTACT/EMAILS/EMAIL", Field.CONTACT_EMAIL),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/COURSE_ID", Field.RUN_ID),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/DEGREE/DEGREE_TITLE", Field.OUTCOME),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/DEGREE/DEGREE_EXAM/EXAMINER", Field.EXAMINING_BODY),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/CERTIFICATE/CERTIFIER_NAME", Field.AZAV_CERTIFIER),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/CERTIFICATE/CERTIFIER_NUMBER", Field.AZAV_CERTIFIER),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/CERTIFICATE/CERT_VALIDITY", Field.AZAV_VALID_UNTIL),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/EXTENDED_INFO/INSTRUCTION_FORM", Field.FORMAT),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/EXTENDED_INFO/MEASURE_NUMBER", Field.AZAV_MEASURE_NUMBER),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/LOCATION/STREET", Field.STREET),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/LOCATION/ZIP", Field.POSTAL_CODE),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/LOCATION/CITY", Field.CITY),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/LOCATION/DISTRICT", Field.REGION),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/DURATION", Field.DURATION),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/INSTRUCTION_REMARKS", Field.SCHEDULE),
			Map.entry("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/FLEXIBLE_START", Field.ROLLING_ENTRY),
			Map.entry("SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_AMOUNT", Field.COST));

	/** Elements that only group others, or whose content is read with their parent. */
	private static final Set<String> STRUCTURE = Set.of("SERVICE_DETAILS", "SERVICE_DETAILS/TARGET_GROUP",
			"SERVICE_DETAILS/SERVICE_DATE", "SERVICE_DETAILS/CONTACT", "SERVICE_DETAILS/CONTACT/EMAILS",
			"SERVICE_DETAILS/CONTACT/FIRST_NAME", "SERVICE_DETAILS/CONTACT/LAST_NAME", "SERVICE_DETAILS/SERVICE_MODULE",
			"SERVICE_DETAILS/SERVICE_MODULE/EDUCATION", "SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/DEGREE",
			"SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/DEGREE/DEGREE_EXAM",
			"SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/CERTIFICATE",
			"SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/EXTENDED_INFO",
			"SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE",
			"SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/LOCATION", "SERVICE_PRICE_DETAILS",
			"SERVICE_PRICE_DETAILS/SERVICE_PRICE", "SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_CURRENCY");

	/** The elements that hold the services. */
	private static final Set<String> CATALOGS = Set.of("NEW_CATALOG", "UPDATE_CATALOG");

	private static final XMLInputFactory XML = XMLInputFactory.newFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		XML.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		XML.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		XML.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("external resource refused: " + systemId);
		});
	}

	private OpenQCatReader() {
	}

	/** Whether the bytes look like XML (after a byte order mark and white space, a {@code <}). */
	static boolean looksLikeXml(byte[] bytes) {
		int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		while (i < bytes.length && Character.isWhitespace(bytes[i])) {
			i++;
		}
		return i < bytes.length && bytes[i] == '<';
	}

	static CatalogFile read(byte[] bytes) throws FileProblem {
		if (bytes.length > ImportLimits.MAX_BYTES) {
			throw new FileProblem("files.error.tooLarge", ImportLimits.megabytes());
		}
		List<RawItem> items = new ArrayList<>();
		Map<String, Integer> notImported = new TreeMap<>();
		XMLStreamReader reader = null;
		try {
			reader = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
			boolean root = false;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					throw new FileProblem("catalog.import.error.doctype");
				}
				if (event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new FileProblem("catalog.import.error.entity", reader.getLocalName());
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if (!root) {
					root = true;
					if (!reader.getLocalName().equals("OPENQCAT")) {
						throw new FileProblem("catalog.import.error.notOpenQCat", reader.getLocalName());
					}
				}
				else if (reader.getLocalName().equals("SERVICE")) {
					items.add(service(reader, notImported));
					ImportLimits.checkRows(items.size());
				}
				else if (reader.getLocalName().equals("HEADER")) {
					// the catalog's own data (generator, supplier, recipient): not imported
					skip(reader);
				}
				else if (!CATALOGS.contains(reader.getLocalName())) {
					notImported.merge(reader.getLocalName(), 1, Integer::sum);
					skip(reader);
				}
			}
		}
		catch (XMLStreamException e) {
			int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
			throw new FileProblem("catalog.import.error.malformed", Math.max(line, 1));
		}
		finally {
			close(reader);
		}
		if (items.isEmpty()) {
			throw new FileProblem("catalog.import.error.noServices");
		}
		return new CatalogFile("openqcat", false, List.copyOf(items), notImported);
	}

	/** One {@code SERVICE}: its mapped fields, the first value of each (keywords all, joined). */
	private static RawItem service(XMLStreamReader reader, Map<String, Integer> notImported)
			throws XMLStreamException, FileProblem {
		int line = reader.getLocation().getLineNumber();
		String mode = reader.getAttributeValue(null, "mode");
		Map<Field, String> values = new EnumMap<>(Field.class);
		Deque<String> path = new ArrayDeque<>();
		StringBuilder firstName = new StringBuilder();
		StringBuilder lastName = new StringBuilder();
		@Nullable String education = null;
		@Nullable String productId = null;
		@Nullable String courseId = null;
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				throw new FileProblem("catalog.import.error.entity", reader.getLocalName());
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				if (!path.isEmpty()) {
					path.removeLast();
				}
				continue;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			depth++;
			path.addLast(reader.getLocalName());
			String at = String.join("/", path);
			if (at.equals("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION")) {
				education = reader.getAttributeValue(null, "type");
			}
			Field field = MAPPED.get(at);
			if (field == null && !STRUCTURE.contains(at)) {
				notImported.merge(reader.getLocalName(), 1, Integer::sum);
				skip(reader);
				depth--;
				path.removeLast();
				continue;
			}
			if (field == null && !at.endsWith("_NAME")) {
				continue;
			}
			String type = reader.getAttributeValue(null, "type");
			String text = text(reader).strip();
			depth--;
			path.removeLast();
			if (at.endsWith("CONTACT/FIRST_NAME")) {
				firstName.append(text);
				continue;
			}
			if (at.endsWith("CONTACT/LAST_NAME")) {
				lastName.append(text);
				continue;
			}
			if (field == Field.OFFER_ID) {
				productId = text;
			}
			else if (field == Field.RUN_ID) {
				courseId = text;
			}
			else if (field == Field.FORMAT && type != null && !type.isBlank()) {
				values.putIfAbsent(Field.FORMAT, type.strip());
				values.putIfAbsent(Field.TIME_MODEL, timeModel(text));
			}
			else if (field == Field.DURATION && text.isEmpty()) {
				// an empty DURATION with only its type attribute says nothing a person could read
			}
			else if (field == Field.KEYWORDS) {
				values.merge(Field.KEYWORDS, text, (a, b) -> a + ", " + b);
			}
			else if (field == Field.CONTACT_ROLE && text.isEmpty()) {
				// a role code without words
			}
			else if (field == Field.FORMAT) {
				values.putIfAbsent(Field.FORMAT, text);
				values.putIfAbsent(Field.TIME_MODEL, timeModel(text));
			}
			else {
				values.putIfAbsent(field, text);
			}
		}
		String name = (firstName + " " + lastName).strip();
		if (!name.isEmpty()) {
			values.put(Field.CONTACT_NAME, name);
		}
		values.values().removeIf(String::isEmpty);
		// neither Vollzeit nor Teilzeit in the instruction form's name: the offer is taken either way
		values.putIfAbsent(Field.TIME_MODEL, "FULL_OR_PART_TIME");
		boolean run = "false".equalsIgnoreCase(education == null ? "" : education.strip());
		if (run) {
			// a course instance: its own id is PRODUCT_ID, its offer's is COURSE_ID
			values.put(Field.RUN_ID, productId == null ? "" : productId);
			values.put(Field.OFFER_ID, courseId == null ? "" : courseId);
			return new RawItem(ItemKind.RUN, line, onlyOf(ItemKind.RUN, values));
		}
		values.put(Field.OFFER_ID, productId == null ? "" : productId);
		if (!values.containsKey(Field.SHORT_DESCRIPTION) && values.containsKey(Field.DESCRIPTION)) {
			values.put(Field.SHORT_DESCRIPTION, shortened(values.get(Field.DESCRIPTION)));
		}
		if ("delete".equalsIgnoreCase(mode == null ? "" : mode.strip())) {
			values.put(Field.TITLE, "");
		}
		return new RawItem(ItemKind.OFFER, line, onlyOf(ItemKind.OFFER, values));
	}

	/** Vollzeit/Teilzeit as instruction forms' names say it; empty when the name says neither. */
	private static String timeModel(String instructionForm) {
		String text = instructionForm.toLowerCase(Locale.GERMAN);
		boolean full = text.contains("vollzeit");
		boolean part = text.contains("teilzeit");
		return full && part ? "FULL_OR_PART_TIME" : full ? "FULL_TIME" : part ? "PART_TIME" : "";
	}

	/** The first 500 characters of a long description, cut at a word. */
	static String shortened(String description) {
		String text = description.replaceAll("\\s+", " ").strip();
		if (text.length() <= 500) {
			return text;
		}
		int cut = text.lastIndexOf(' ', 498);
		return text.substring(0, cut > 200 ? cut : 498) + " …";
	}

	private static Map<Field, String> onlyOf(ItemKind kind, Map<Field, String> values) {
		Map<Field, String> kept = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			if (field.of(kind)) {
				kept.put(field, value);
			}
		});
		return kept;
	}

	/** The text of an element and everything in it, up to its end. */
	private static String text(XMLStreamReader reader) throws XMLStreamException, FileProblem {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (text.length() < ImportLimits.MAX_CELL) {
						text.append(reader.getText());
					}
				}
				case XMLStreamConstants.ENTITY_REFERENCE -> throw new FileProblem("catalog.import.error.entity", reader.getLocalName());
				default -> {
				}
			}
		}
		return text.toString();
	}

	private static void skip(XMLStreamReader reader) throws XMLStreamException, FileProblem {
		int depth = 1;
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				throw new FileProblem("catalog.import.error.entity", reader.getLocalName());
			}
		}
	}

	private static void close(@Nullable XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException e) {
				// nothing to release beyond the bytes
			}
		}
	}
}
