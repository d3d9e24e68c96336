package org.werkstatt.cooperation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.werkstatt.cooperation.participant.ExitDestination;

/**
 * The report's tables: which rows, which columns, which cells add up. Every cell is a people count keyed
 * {@code row.column} ({@code entries.WOMAN}); a row shared by two tables ({@code exits}, {@code entries}) is the
 * same cells. Columns are the genders and the total; rows are what was counted.
 */
final class ReportLayout {

	static final List<String> GENDERS = List.of("WOMAN", "MAN", "NON_BINARY", "NOT_STATED");
	static final String TOTAL = "TOTAL";
	static final List<String> COLUMNS = Stream.concat(GENDERS.stream(), Stream.of(TOTAL)).toList();

	static final List<String> EXIT_REASONS = List.of("exit.COMPLETED", "exit.DROPPED_OUT", "exit.OTHER");
	static final List<String> DESTINATIONS = Stream.of(ExitDestination.values()).map(d -> "dest." + d.name()).toList();
	static final List<String> AGE_GROUPS = List.of("age.UNDER_18", "age.AGE_18_29", "age.AGE_30_54", "age.AGE_55_PLUS");

	/** A table: its key (heading {@code coopReport.table.<key>}), its rows and, if the parts add up, the total row. */
	record Table(String key, List<String> rows, String totalRow) {

		List<String> parts() {
			return totalRow.isEmpty() ? rows : rows.stream().filter(r -> !r.equals(totalRow)).toList();
		}
	}

	static final List<Table> TABLES = List.of(
			new Table("people", List.of("participants", "entries", "modules", "attendance"), ""),
			new Table("exitReasons", concat(EXIT_REASONS, "exits"), "exits"),
			new Table("exitDestinations", concat(DESTINATIONS, "exits"), "exits"),
			new Table("entryAge", concat(AGE_GROUPS, "entries"), "entries"));

	/** Every row, each once. */
	static List<String> rows() {
		return TABLES.stream().flatMap(t -> t.rows().stream()).distinct().toList();
	}

	static String cell(String row, String column) {
		return row + "." + column;
	}

	/** The sums that bind the cells: each row over the genders, and each table's parts over its total row. */
	static List<Suppression.Sum> sums() {
		List<Suppression.Sum> sums = new ArrayList<>();
		for (String row : rows()) {
			sums.add(new Suppression.Sum(GENDERS.stream().map(g -> cell(row, g)).toList(), cell(row, TOTAL)));
		}
		for (Table table : TABLES) {
			if (table.totalRow().isEmpty()) {
				continue;
			}
			for (String column : COLUMNS) {
				sums.add(new Suppression.Sum(table.parts().stream().map(r -> cell(r, column)).toList(),
						cell(table.totalRow(), column)));
			}
		}
		return sums;
	}

	private static List<String> concat(List<String> parts, String total) {
		return Stream.concat(parts.stream(), Stream.of(total)).toList();
	}

	private ReportLayout() {
	}
}
