package org.werkstatt.planning.files;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.werkstatt.planning.plan.MeasureForm;

/**
 * The preview as the page shows it, in the reader's language: the file's columns, and each row with its
 * values and, beside each value, what is wrong with it.
 */
record PreviewTable(String fileName, List<String> headings, List<Line> lines, int rows, long rowsWithProblems) {

	record Line(int line, boolean ok, List<Cell> cells) {
	}

	record Cell(String value, List<String> problems) {
	}

	static PreviewTable of(Imports.Preview preview, Map<String, String> statusLabels, MessageSource messages, Locale locale) {
		Set<Column> present = EnumSet.noneOf(Column.class);
		preview.rows().forEach(row -> present.addAll(row.values().keySet()));
		present.add(Column.STATUS);
		List<Column> columns = List.copyOf(present);
		List<String> headings = columns.stream().map(c -> messages.getMessage(c.messageKey(), null, locale)).toList();
		List<Line> lines = new ArrayList<>(preview.rows().size());
		for (ImportRow row : preview.rows()) {
			List<Cell> cells = new ArrayList<>(columns.size());
			for (Column column : columns) {
				List<String> problems = row.problemsOf(column)
					.stream()
					.map(p -> messages.getMessage(p.key(), p.arguments().toArray(), locale))
					.toList();
				cells.add(new Cell(value(row, column, statusLabels), problems));
			}
			lines.add(new Line(row.line(), row.ok(), cells));
		}
		return new PreviewTable(preview.stored().fileName(), headings, lines, preview.rows().size(),
				preview.rowsWithProblems());
	}

	/** What the row will hold: a status by its name in the reader's language, otherwise what the file said. */
	private static String value(ImportRow row, Column column, Map<String, String> statusLabels) {
		MeasureForm form = row.form();
		if (column == Column.STATUS && form != null) {
			return statusLabels.getOrDefault(form.status(), form.status());
		}
		return row.shown().getOrDefault(column, "");
	}
}
