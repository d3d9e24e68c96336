package org.werkstatt.catalog.files;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.files.ImportTable;
import org.werkstatt.platform.files.ImportValues;
import org.werkstatt.platform.files.RawTable;
import org.werkstatt.platform.files.Workbook;

/**
 * Reads a CSV or XLSX file of offers or of runs with the shared {@link ImportTable}: the heading row names
 * known fields (by name or by their heading in German, Danish or English), each once. A file with a
 * {@link Field#RUN_ID} column is a runs file, any other an offers file; the required columns of its kind must
 * be there, and columns of the other kind are refused.
 */
@Component
class TableFiles {

	private final Map<String, Field> byHeading = new HashMap<>();

	TableFiles(MessageSource messages) {
		for (Field field : Field.values()) {
			byHeading.put(ImportValues.heading(field.heading()), field);
			for (Locale locale : List.of(Locale.GERMAN, Locale.of("da"), Locale.ENGLISH)) {
				byHeading.putIfAbsent(ImportValues.heading(messages.getMessage(field.messageKey(), null, field.heading(), locale)), field);
			}
		}
	}

	CatalogFile read(byte[] bytes) throws FileProblem {
		RawTable table = ImportTable.read(bytes);
		Map<Integer, Field> columns = columns(table.header());
		ItemKind kind = columns.containsValue(Field.RUN_ID) ? ItemKind.RUN : ItemKind.OFFER;
		List<Field> wrong = columns.values().stream().filter(f -> !f.of(kind)).toList();
		if (!wrong.isEmpty()) {
			throw new FileProblem(kind == ItemKind.RUN ? "catalog.import.error.offerColumnInRuns" : "catalog.import.error.mixedColumns",
					new DefaultMessageSourceResolvable(wrong.getFirst().messageKey()));
		}
		List<Field> required = kind == ItemKind.RUN ? Field.RUN_REQUIRED : Field.OFFER_REQUIRED;
		for (Field field : required) {
			if (!columns.containsValue(field)) {
				throw new FileProblem("catalog.import.error.missingColumn", new DefaultMessageSourceResolvable(field.messageKey()));
			}
		}
		List<RawItem> items = new ArrayList<>();
		for (RawTable.Row row : table.rows()) {
			if (row.blank()) {
				continue;
			}
			Map<Field, String> values = new EnumMap<>(Field.class);
			columns.forEach((index, field) -> values.put(field, row.cell(index).strip()));
			items.add(new RawItem(kind, row.line(), values));
		}
		if (items.isEmpty()) {
			throw new FileProblem("catalog.import.error.noRows");
		}
		return new CatalogFile(table.spreadsheet() ? "xlsx" : "csv", table.spreadsheet(), items, Map.of());
	}

	private Map<Integer, Field> columns(List<String> header) throws FileProblem {
		Map<Integer, Field> columns = new LinkedHashMap<>();
		List<MessageSourceResolvable> unknown = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String heading = header.get(i);
			if (heading.isBlank()) {
				continue;
			}
			Field field = byHeading.get(ImportValues.heading(heading));
			if (field == null) {
				unknown.add(new DefaultMessageSourceResolvable(new String[] { "files.error.unknownColumn" },
						new Object[] { Workbook.column(i), heading }));
			}
			else if (columns.containsValue(field)) {
				throw new FileProblem("files.error.repeatedColumn", new DefaultMessageSourceResolvable(field.messageKey()));
			}
			else {
				columns.put(i, field);
			}
		}
		if (!unknown.isEmpty()) {
			throw new FileProblem("catalog.import.error.unknownColumns", List.copyOf(unknown));
		}
		return columns;
	}
}
