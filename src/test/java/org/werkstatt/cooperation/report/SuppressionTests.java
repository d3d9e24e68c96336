package org.werkstatt.cooperation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.werkstatt.cooperation.agreement.ReportingRhythm;

/** The small-cell rule and the reporting periods, without a database. */
class SuppressionTests {

	private static final Suppression.Sum ROW = new Suppression.Sum(List.of("w", "m", "nb", "ns"), "t");

	@Test
	void everyCellUnderFiveIsSuppressedZeroIncluded() {
		Set<String> hidden = Suppression.suppressed(counts("w", 12, "m", 4, "nb", 0, "ns", 7, "t", 23), List.of());
		assertThat(hidden).containsExactlyInAnyOrder("m", "nb");
	}

	@Test
	void aSingleSuppressedCellInASumHidesTheSmallestOtherPartSoItCannotBeSubtracted() {
		// women 12, men 3, non-binary 6, not stated 9: men alone hidden would be 30 - 12 - 6 - 9
		Set<String> hidden = Suppression.suppressed(counts("w", 12, "m", 3, "nb", 6, "ns", 9, "t", 30), List.of(ROW));
		assertThat(hidden).containsExactlyInAnyOrder("m", "nb");
	}

	@Test
	void hiddenPartsThatTogetherCountFewerThanFiveHideOneMore() {
		// women 6 of 7: the three hidden columns together would be 1
		Set<String> hidden = Suppression.suppressed(counts("w", 6, "m", 0, "nb", 1, "ns", 0, "t", 7), List.of(ROW));
		assertThat(hidden).containsExactlyInAnyOrder("w", "m", "nb", "ns");
	}

	@Test
	void whenEveryPartIsHiddenButTheTotalShowsNothingMoreIsNeeded() {
		Set<String> hidden = Suppression.suppressed(counts("w", 3, "m", 4, "nb", 1, "ns", 2, "t", 10), List.of(ROW));
		assertThat(hidden).containsExactlyInAnyOrder("w", "m", "nb", "ns");
	}

	@Test
	void aHiddenTotalWithAllPartsShownHidesAPart() {
		Set<String> hidden = Suppression.suppressed(counts("a", 5, "b", 6, "t", 4), List.of(new Suppression.Sum(List.of("a", "b"), "t")));
		assertThat(hidden).containsExactlyInAnyOrder("t", "a");
	}

	@Test
	void secondarySuppressionCarriesOverToTheSumsTheCellBelongsTo() {
		// a 2x2 table with row and column totals: r1 = (3, 8 | 11), r2 = (9, 10 | 19), columns (12, 18 | 30)
		Map<String, Integer> counts = counts("a", 3, "b", 8, "r1", 11, "c", 9, "d", 10, "r2", 19, "k1", 12, "k2", 18, "t", 30);
		List<Suppression.Sum> sums = List.of(new Suppression.Sum(List.of("a", "b"), "r1"),
				new Suppression.Sum(List.of("c", "d"), "r2"), new Suppression.Sum(List.of("a", "c"), "k1"),
				new Suppression.Sum(List.of("b", "d"), "k2"), new Suppression.Sum(List.of("r1", "r2"), "t"),
				new Suppression.Sum(List.of("k1", "k2"), "t"));
		Set<String> hidden = Suppression.suppressed(counts, sums);
		assertThat(hidden).contains("a", "b", "c", "d");
		for (Suppression.Sum sum : sums) {
			long inSum = sum.parts().stream().filter(hidden::contains).count() + (hidden.contains(sum.total()) ? 1 : 0);
			assertThat(inSum).as(sum.toString()).isNotEqualTo(1);
		}
	}

	@Test
	void theReportsFiguresNeverLeaveASumWithExactlyOneHiddenCell() {
		Map<String, Integer> raw = new LinkedHashMap<>();
		for (String row : ReportLayout.rows()) {
			for (String column : ReportLayout.COLUMNS) {
				raw.put(ReportLayout.cell(row, column), 0);
			}
		}
		set(raw, "participants", 14, 3, 0, 6);
		set(raw, "entries", 9, 2, 0, 5);
		set(raw, "age.AGE_18_29", 6, 2, 0, 0);
		set(raw, "age.AGE_30_54", 3, 0, 0, 5);
		set(raw, "exits", 7, 0, 0, 0);
		set(raw, "exit.COMPLETED", 6, 0, 0, 0);
		set(raw, "exit.DROPPED_OUT", 1, 0, 0, 0);
		set(raw, "dest.EMPLOYMENT", 7, 0, 0, 0);
		Figures figures = Figures.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), raw, Map.of("WOMAN", 0.9),
				List.of(), Instant.now());
		assertThat(figures.count("participants", "WOMAN")).isEqualTo(14);
		assertThat(figures.count("participants", "MAN")).isNull();
		assertThat(figures.count("exit.DROPPED_OUT", "WOMAN")).isNull();
		// 6 completed of 7 exits: the dropped-out woman would be 7 - 6, so one more cell of that column hides
		assertThat(figures.count("exit.COMPLETED", "WOMAN") == null || figures.count("exits", "WOMAN") == null).isTrue();
		for (Suppression.Sum sum : ReportLayout.sums()) {
			long hidden = sum.parts().stream().filter(k -> figures.counts().get(k) == null).count()
					+ (figures.counts().get(sum.total()) == null ? 1 : 0);
			assertThat(hidden).as(sum.toString()).isNotEqualTo(1);
			if (hidden > 0 && figures.counts().get(sum.total()) != null) {
				int together = sum.parts().stream().filter(k -> figures.counts().get(k) == null).mapToInt(raw::get).sum();
				assertThat(together).as("hidden parts of " + sum).isGreaterThanOrEqualTo(Suppression.THRESHOLD);
			}
		}
		assertThat(figures.rates().get("MAN")).isNull();
	}

	@Test
	void periodsFollowTheCalendarAndAreDueFifteenDaysAfterTheirEnd() {
		ReportPeriod q = ReportPeriod.containing(LocalDate.of(2026, 8, 14), ReportingRhythm.QUARTERLY);
		assertThat(q).isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
		assertThat(q.due()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(ReportPeriod.containing(LocalDate.of(2026, 8, 14), ReportingRhythm.HALF_YEARLY).from())
			.isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(ReportPeriod.containing(LocalDate.of(2026, 2, 28), ReportingRhythm.MONTHLY).to())
			.isEqualTo(LocalDate.of(2026, 2, 28));
		List<ReportPeriod> periods = ReportPeriod.between(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 12, 31),
				LocalDate.of(2026, 12, 5), ReportingRhythm.QUARTERLY);
		assertThat(periods).extracting(ReportPeriod::from).containsExactly(LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 7, 1), LocalDate.of(2026, 4, 1));
		assertThat(periods.getFirst().over(LocalDate.of(2026, 12, 5))).isFalse();
		assertThat(q.months()).hasSize(3);
	}

	private static void set(Map<String, Integer> raw, String row, int w, int m, int nb, int ns) {
		raw.put(ReportLayout.cell(row, "WOMAN"), w);
		raw.put(ReportLayout.cell(row, "MAN"), m);
		raw.put(ReportLayout.cell(row, "NON_BINARY"), nb);
		raw.put(ReportLayout.cell(row, "NOT_STATED"), ns);
		raw.put(ReportLayout.cell(row, "TOTAL"), w + m + nb + ns);
	}

	private static Map<String, Integer> counts(Object... pairs) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			counts.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return counts;
	}
}
