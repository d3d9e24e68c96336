package org.werkstatt.planning.files;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.files.ImportTable;
import org.werkstatt.platform.files.RawTable;
import org.werkstatt.platform.files.Workbook;

/**
 * An uploaded file turned into rows of column values, read by the shared {@link ImportTable}. The heading row must name known columns, each once, and at least the number
 * and the title; otherwise the whole file is refused with what is wrong.
 */
final class ImportFile {

	private ImportFile() {
	}

	/** A file's rows, and whether it was a workbook (whose dates are day numbers). */
	record Read(List<ImportRow.Raw> rows, boolean spreadsheet) {
	}

	/** The file's rows, each with the values of the columns it names (blank rows are left out). */
	static Read read(byte[] bytes) throws FileProblem {
		RawTable table = ImportTable.read(bytes);
		Map<Integer, Column> columns = columns(table.header());
		List<ImportRow.Raw> rows = new ArrayList<>();
		for (RawTable.Row row : table.rows()) {
			if (row.blank()) {
				continue;
			}
			Map<Column, String> values = new EnumMap<>(Column.class);
			columns.forEach((index, column) -> {
				if (column.imported()) {
					values.put(column, row.cell(index).strip());
				}
			});
			rows.add(new ImportRow.Raw(row.line(), values));
		}
		if (rows.isEmpty()) {
			throw new FileProblem("files.error.noRows");
		}
		return new Read(List.copyOf(rows), table.spreadsheet());
	}

	/** Which column each heading names; unknown, repeated and missing columns refuse the file. */
	static Map<Integer, Column> columns(List<String> header) throws FileProblem {
		Map<Integer, Column> columns = new LinkedHashMap<>();
		List<MessageSourceResolvable> unknown = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String heading = header.get(i);
			if (heading.isBlank()) {
				continue;
			}
			int index = i;
			Column.of(heading).ifPresentOrElse(column -> columns.put(index, column),
					() -> unknown.add(new DefaultMessageSourceResolvable(new String[] { "files.error.unknownColumn" },
							new Object[] { Workbook.column(index), heading })));
		}
		if (!unknown.isEmpty()) {
			throw new FileProblem("files.error.unknownColumns", List.copyOf(unknown));
		}
		List<Column> seen = new ArrayList<>();
		for (Column column : columns.values()) {
			if (seen.contains(column)) {
				throw new FileProblem("files.error.repeatedColumn", new DefaultMessageSourceResolvable(column.messageKey()));
			}
			seen.add(column);
		}
		List<Column> missing = Column.REQUIRED.stream().filter(c -> !seen.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new FileProblem("files.error.missingColumns", new DefaultMessageSourceResolvable(missing.getFirst().messageKey()));
		}
		return columns;
	}
}
