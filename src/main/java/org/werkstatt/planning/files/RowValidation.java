package org.werkstatt.planning.files;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.FieldOfAction;
import org.werkstatt.planning.plan.MeasureForm;
import org.werkstatt.platform.files.ImportValues;

/**
 * Checks the rows of an import against the plan and each other and makes a measure form of each: every
 * problem is named with its field, so the preview shows it in the row and column where it is. Dates are ISO
 * ({@code 2026-03-31}) or German/Danish ({@code 31.03.2026}), or day numbers in a workbook; numbers may use a
 * decimal comma or point as long as they read one way only (the shared {@link ImportValues}). The rules of {@code Measures.problems} are checked here for the whole file at once (they are
 * checked again, row by row, when the import is written).
 */
final class RowValidation {

	static final int NUMBER_LENGTH = 20;
	static final int TITLE_LENGTH = 300;
	static final int DESCRIPTION_LENGTH = 10_000;
	static final int PERSON_LENGTH = 200;
	static final int PARTNERS_LENGTH = 1_000;
	private static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

	private RowValidation() {
	}

	static List<ImportRow> check(List<ImportRow.Raw> rows, ImportContext context, boolean spreadsheet) {
		Map<String, Integer> firstLine = new HashMap<>();
		List<ImportRow> checked = new ArrayList<>(rows.size());
		for (ImportRow.Raw raw : rows) {
			checked.add(new Row(raw, context, spreadsheet, firstLine).check());
		}
		return checked;
	}

	/** One row being checked: collects its problems and the values shown for it. */
	private static final class Row {

		private final ImportRow.Raw raw;
		private final ImportContext context;
		private final boolean spreadsheet;
		private final Map<String, Integer> firstLine;
		private final List<ImportRow.Problem> problems = new ArrayList<>();
		private final Map<Column, String> shown = new java.util.EnumMap<>(Column.class);

		Row(ImportRow.Raw raw, ImportContext context, boolean spreadsheet, Map<String, Integer> firstLine) {
			this.raw = raw;
			this.context = context;
			this.spreadsheet = spreadsheet;
			this.firstLine = firstLine;
		}

		ImportRow check() {
			String number = text(Column.NUMBER, NUMBER_LENGTH, true);
			if (number != null) {
				Integer earlier = firstLine.putIfAbsent(number, raw.line());
				if (earlier != null) {
					problem(Column.NUMBER, "files.error.numberRepeated", number, earlier);
				}
				else if (context.takenNumbers().contains(number)) {
					problem(Column.NUMBER, "files.error.numberTaken", number);
				}
			}
			String title = text(Column.TITLE, TITLE_LENGTH, true);
			String description = text(Column.DESCRIPTION, DESCRIPTION_LENGTH, false);
			UUID field = field();
			UUID organisation = organisation();
			String person = text(Column.RESPONSIBLE_PERSON, PERSON_LENGTH, false);
			String partners = text(Column.PARTNERS, PARTNERS_LENGTH, false);
			String status = status();
			Integer progress = whole(Column.PROGRESS, 100, "files.error.progress");
			LocalDate start = date(Column.START);
			LocalDate end = date(Column.END);
			if (start != null && end != null && end.isBefore(start)) {
				problem(Column.END, "files.error.endBeforeStart");
			}
			BigDecimal budget = budget();
			Integer places = whole(Column.PLACES, Integer.MAX_VALUE, "files.error.places");
			MeasureForm form = problems.isEmpty() ? new MeasureForm(number, title, description, field, organisation, person,
					partners, status, progress, start, end, budget, places) : null;
			return new ImportRow(raw.line(), raw.values(), form, shown, List.copyOf(problems));
		}

		private @Nullable String value(Column column) {
			String value = raw.values().get(column);
			if (value != null) {
				shown.put(column, value);
			}
			return value == null || value.isBlank() ? null : value.strip();
		}

		private @Nullable String text(Column column, int length, boolean required) {
			String value = value(column);
			if (value == null && required) {
				problem(column, "files.error.required");
			}
			else if (value != null && value.length() > length) {
				problem(column, "files.error.tooLong", length, value.length());
			}
			return value;
		}

		private @Nullable UUID field() {
			String title = value(Column.FIELD);
			if (title == null) {
				return null;
			}
			FieldOfAction field = context.field(title);
			if (field == null) {
				problem(Column.FIELD, "files.error.unknownField", title);
				return null;
			}
			shown.put(Column.FIELD, field.title());
			return field.id();
		}

		private @Nullable UUID organisation() {
			String name = value(Column.RESPONSIBLE_ORGANISATION);
			if (name == null) {
				return null;
			}
			OrganisationSummary organisation = context.organisation(name);
			if (organisation == null) {
				problem(Column.RESPONSIBLE_ORGANISATION, "files.error.unknownOrganisation", name);
				return null;
			}
			shown.put(Column.RESPONSIBLE_ORGANISATION, organisation.name());
			return organisation.id();
		}

		private String status() {
			String name = value(Column.STATUS);
			if (name == null) {
				return context.defaultStatus();
			}
			String code = context.status(name);
			if (code == null) {
				problem(Column.STATUS, "files.error.unknownStatus", name);
				return context.defaultStatus();
			}
			return code;
		}

		private @Nullable Integer whole(Column column, int max, String key) {
			String value = value(column);
			if (value == null) {
				return null;
			}
			BigDecimal number = number(value.replace("%", ""));
			if (number == null || number.signum() < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0
					|| number.stripTrailingZeros().scale() > 0) {
				problem(column, key, value);
				return null;
			}
			return number.intValueExact();
		}

		private @Nullable BigDecimal budget() {
			String value = value(Column.BUDGET);
			if (value == null) {
				return null;
			}
			BigDecimal number = number(value.replaceAll("(?i)€|eur|dkk|kr\\.?", ""));
			if (number == null || number.signum() < 0 || number.compareTo(MAX_BUDGET) > 0) {
				problem(Column.BUDGET, "files.error.budget", value);
				return null;
			}
			return number.setScale(2, RoundingMode.HALF_UP);
		}

		private @Nullable LocalDate date(Column column) {
			String value = value(column);
			if (value == null) {
				return null;
			}
			LocalDate date = parseDate(value, spreadsheet);
			if (date == null) {
				problem(column, "files.error.date", value);
				return null;
			}
			shown.put(column, date.toString());
			return date;
		}

		private void problem(Column column, String key, Object... arguments) {
			problems.add(ImportRow.Problem.of(column, key, arguments));
		}
	}

	/** A date as {@link ImportValues#date} reads it. */
	static @Nullable LocalDate parseDate(String value, boolean spreadsheet) {
		return ImportValues.date(value, spreadsheet);
	}

	/** A number as {@link ImportValues#number} reads it (either way of writing, the importer's when both fit). */
	static @Nullable BigDecimal number(String value) {
		return ImportValues.number(value);
	}
}
