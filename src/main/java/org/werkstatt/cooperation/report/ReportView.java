package org.werkstatt.cooperation.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A report's figures laid out for a page, a chart and the files: tables of cells, each with its text. */
record ReportView(Figures figures, List<Table> tables, List<Chart> charts) {

	static final String SUPPRESSED = "< 5";

	record Table(String key, List<String> columns, List<Row> rows) {
	}

	record Row(String key, boolean total, List<Cell> cells) {
	}

	/** A people count, or for the attendance row a rate in percent. */
	record Cell(String column, @Nullable Integer count, @Nullable Double rate, boolean rateRow) {

		public boolean suppressed() {
			return count == null;
		}

		public String text(Locale locale) {
			if (rateRow) {
				if (count == null) {
					return SUPPRESSED;
				}
				if (rate == null) {
					return "–";
				}
				NumberFormat format = NumberFormat.getNumberInstance(locale);
				format.setMaximumFractionDigits(1);
				format.setMinimumFractionDigits(1);
				return format.format(rate) + " %";
			}
			return count == null ? SUPPRESSED : NumberFormat.getIntegerInstance(locale).format(count);
		}
	}

	/** Horizontal bars, the same numbers as the table beside them; a suppressed bar is not drawn. */
	record Chart(String key, String tableKey, List<Bar> bars) {
	}

	record Bar(String labelKey, @Nullable Integer count, int percent, int y) {

		public String text(Locale locale) {
			return count == null ? SUPPRESSED : NumberFormat.getIntegerInstance(locale).format(count);
		}
	}

	static ReportView of(Figures figures) {
		List<Table> tables = new ArrayList<>();
		for (ReportLayout.Table t : ReportLayout.TABLES) {
			List<Row> rows = new ArrayList<>();
			for (String row : t.rows()) {
				boolean rateRow = row.equals("attendance");
				List<Cell> cells = ReportLayout.COLUMNS.stream()
					.map(c -> new Cell(c, figures.count(row, c), rateRow ? figures.rates().get(c) : null, rateRow))
					.toList();
				rows.add(new Row(row, row.equals(t.totalRow()), cells));
			}
			tables.add(new Table(t.key(), ReportLayout.COLUMNS, rows));
		}
		List<Chart> charts = List.of(
				chart("participantsByGender", "people", figures,
						ReportLayout.GENDERS.stream().map(g -> new String[] { "coopReport.column." + g, "participants", g }).toList()),
				chart("entriesByAge", "entryAge", figures,
						ReportLayout.AGE_GROUPS.stream().map(r -> new String[] { "coopReport.row." + r, r, ReportLayout.TOTAL }).toList()),
				chart("exitsByDestination", "exitDestinations", figures,
						ReportLayout.DESTINATIONS.stream().map(r -> new String[] { "coopReport.row." + r, r, ReportLayout.TOTAL }).toList()));
		return new ReportView(figures, tables, charts);
	}

	private static Chart chart(String key, String tableKey, Figures figures, List<String[]> bars) {
		int max = bars.stream().map(b -> figures.count(b[1], b[2])).filter(n -> n != null).mapToInt(Integer::intValue)
			.max().orElse(0);
		List<Bar> shown = new ArrayList<>();
		for (int i = 0; i < bars.size(); i++) {
			String[] b = bars.get(i);
			Integer n = figures.count(b[1], b[2]);
			shown.add(new Bar(b[0], n, n == null || max == 0 ? 0 : Math.round(100f * n / max), i * 28));
		}
		return new Chart(key, tableKey, shown);
	}
}
