package org.werkstatt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules of plans without a database: what a version records, the summary's numbers, the chart's geometry. */
class PlanRulesTests {

	private static final MeasureForm FORM = new MeasureForm("1.2", "Jobbörse", null, null, null, null, null, "PLANNED",
			null, LocalDate.of(2026, 1, 1), null, new BigDecimal("1000.00"), null);

	@Test
	void aNewMeasuresFirstVersionListsEveryFilledField() {
		assertThat(MeasureChange.between(null, FORM, 0)).extracting(MeasureChange::field)
			.containsExactly("number", "title", "status", "progress", "startsOn", "budget");
		assertThat(MeasureChange.between(null, FORM, 0)).allSatisfy(c -> assertThat(c.from()).isNull());
	}

	@Test
	void aChangeRecordsOnlyWhatDiffersWithOldAndNewValue() {
		Measure before = new Measure(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "1.2", "Jobbörse", null, null,
				null, null, null, "PLANNED", 0, LocalDate.of(2026, 1, 1), null, new BigDecimal("1000"), null, 1,
				java.time.Instant.now());
		MeasureForm after = new MeasureForm("1.2", "Jobbörse ", "", null, null, null, null, "DONE", null,
				LocalDate.of(2026, 1, 1), null, new BigDecimal("1000.00"), null);
		assertThat(MeasureChange.between(before, after, 100)).containsExactly(new MeasureChange("status", "PLANNED", "DONE"),
				new MeasureChange("progress", "0", "100"));
	}

	@Test
	void summaryCountsEachStatusInThePlansOrderWithSharesAndBarSegments() {
		PlanSummary summary = PlanSummary.of(PlanStore.BUILT_IN, Map.of("DONE", 31, "IN_PROGRESS", 38, "PLANNED", 7, "DROPPED", 4));
		assertThat(summary.total()).isEqualTo(80);
		assertThat(summary.counts()).extracting(c -> c.status().code() + "=" + c.count() + "/" + c.percent())
			.containsExactly("PLANNED=7/9", "IN_PROGRESS=38/48", "DONE=31/39", "DROPPED=4/5");
		assertThat(summary.inStage(Stage.DONE)).isEqualTo(31);
		List<PlanSummary.Segment> segments = summary.segments();
		assertThat(segments.getLast().x() + segments.getLast().width()).isCloseTo(100, org.assertj.core.data.Offset.offset(0.05));
		assertThat(PlanSummary.of(PlanStore.BUILT_IN, Map.of()).counts()).isEmpty();
	}

	@Test
	void chartScalesValuesAndTargetIntoTheDrawing() {
		Indicator indicator = new Indicator(UUID.randomUUID(), "Integrationsquote", "%", null, new BigDecimal("25"), null,
				List.of(new Indicator.Value(LocalDate.of(2025, 3, 31), new BigDecimal("20")),
						new Indicator.Value(LocalDate.of(2025, 6, 30), new BigDecimal("22.5"))));
		IndicatorChart chart = indicator.chart();
		assertThat(chart.dots()).containsExactly(new IndicatorChart.Dot(10, 110), new IndicatorChart.Dot(310, 60));
		assertThat(chart.targetY()).isEqualTo(10);
		assertThat(chart.points()).isEqualTo("10.0,110.0 310.0,60.0");
		assertThat(new Indicator(UUID.randomUUID(), "leer", "%", null, null, null, List.of()).chart().points()).isEmpty();
	}
}
