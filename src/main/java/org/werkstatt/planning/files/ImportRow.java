package org.werkstatt.planning.files;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.werkstatt.planning.plan.MeasureForm;

/**
 * A row of an import as it will become a measure: its line in the file, what it said, the measure form made
 * of it (null while a value cannot be read), and what is wrong with it, field by field.
 *
 * @param shown each column's value as the preview shows it (a status by its label, a date in ISO)
 */
record ImportRow(int line, Map<Column, String> values, @Nullable MeasureForm form, Map<Column, String> shown,
		List<Problem> problems) {

	/** A row as read from the file: its line and the text of each column it has. */
	record Raw(int line, Map<Column, String> values) {
	}

	/** What is wrong with one field of a row, as a message key with its arguments. */
	record Problem(Column column, String key, List<Object> arguments) {

		static Problem of(Column column, String key, Object... arguments) {
			return new Problem(column, key, List.of(arguments));
		}
	}

	boolean ok() {
		return problems.isEmpty();
	}

	List<Problem> problemsOf(Column column) {
		return problems.stream().filter(p -> p.column() == column).toList();
	}
}
