package org.werkstatt.planning.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.planning.plan.FieldOfAction;
import org.werkstatt.planning.plan.MeasureForm;
import org.werkstatt.planning.plan.MeasureStatus;
import org.werkstatt.planning.plan.Stage;
import org.werkstatt.platform.web.Texts;

/** Checking the rows of an import against a plan, without a database. */
class RowValidationTests {

	static final FieldOfAction FIELD = new FieldOfAction(UUID.randomUUID(), 1, "Junge Menschen", null, null);
	static final OrganisationSummary KAI = new OrganisationSummary(UUID.randomUUID(), "bildungswerk-kai",
			OrganisationType.values()[0], "Bildungswerk am Kai", null, false);

	static ImportContext context() {
		List<MeasureStatus> statuses = List.of(new MeasureStatus("PLANNED", null, Stage.PLANNED, 0, 10),
				new MeasureStatus("DONE", null, Stage.DONE, 100, 30), new MeasureStatus("C1", new Texts("Pausiert", null, null), Stage.ACTIVE, 20, 50));
		return ImportContext.of(statuses, Map.of("PLANNED", List.of("Geplant", "Planlagt", "Planned"), "DONE",
				List.of("Umgesetzt", "Gennemført", "Done")), List.of(FIELD), List.of(KAI), Set.of("9"));
	}

	static ImportRow.Raw row(int line, Object... columnsAndValues) {
		Map<Column, String> values = new EnumMap<>(Column.class);
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			values.put((Column) columnsAndValues[i], (String) columnsAndValues[i + 1]);
		}
		return new ImportRow.Raw(line, values);
	}

	@Test
	void makesAMeasureFormOfAGoodRow() {
		ImportRow row = RowValidation.check(List.of(row(2, Column.NUMBER, "1.1", Column.TITLE, "Kita nachmittags",
				Column.FIELD, "junge  menschen", Column.RESPONSIBLE_ORGANISATION, "bildungswerk-kai", Column.STATUS,
				"gennemført", Column.PROGRESS, "90 %", Column.START, "01.02.2026", Column.END, "2026-12-31",
				Column.BUDGET, "12.500,50", Column.PLACES, "20")), context(), false).getFirst();
		assertThat(row.problems()).isEmpty();
		MeasureForm form = row.form();
		assertThat(form.number()).isEqualTo("1.1");
		assertThat(form.fieldId()).isEqualTo(FIELD.id());
		assertThat(form.responsibleOrganisationId()).isEqualTo(KAI.id());
		assertThat(form.status()).isEqualTo("DONE");
		assertThat(form.progress()).isEqualTo(90);
		assertThat(form.startsOn()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(form.budget()).isEqualByComparingTo(new BigDecimal("12500.50"));
		assertThat(form.places()).isEqualTo(20);
		assertThat(row.shown()).containsEntry(Column.FIELD, "Junge Menschen").containsEntry(Column.START, "2026-02-01");
	}

	@Test
	void anEmptyStatusIsThePlansFirstAndACustomStatusIsFoundByItsLabel() {
		List<ImportRow> rows = RowValidation.check(List.of(row(2, Column.NUMBER, "1", Column.TITLE, "A"),
				row(3, Column.NUMBER, "2", Column.TITLE, "B", Column.STATUS, "PAUSIERT")), context(), false);
		assertThat(rows.get(0).form().status()).isEqualTo("PLANNED");
		assertThat(rows.get(1).form().status()).isEqualTo("C1");
	}

	@Test
	void namesEveryProblemWithItsField() {
		ImportRow row = RowValidation.check(List.of(row(4, Column.NUMBER, "", Column.TITLE, "x".repeat(301), Column.FIELD,
				"Senioren", Column.RESPONSIBLE_ORGANISATION, "Unbekannt GmbH", Column.STATUS, "fertig", Column.PROGRESS, "120",
				Column.START, "31.02.2026", Column.END, "2026/01/01", Column.BUDGET, "-5", Column.PLACES, "2.5")), context(),
				false).getFirst();
		assertThat(row.form()).isNull();
		assertThat(row.problems()).extracting(ImportRow.Problem::column, ImportRow.Problem::key)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Column.NUMBER, "files.error.required"),
					org.assertj.core.groups.Tuple.tuple(Column.TITLE, "files.error.tooLong"),
					org.assertj.core.groups.Tuple.tuple(Column.FIELD, "files.error.unknownField"),
					org.assertj.core.groups.Tuple.tuple(Column.RESPONSIBLE_ORGANISATION, "files.error.unknownOrganisation"),
					org.assertj.core.groups.Tuple.tuple(Column.STATUS, "files.error.unknownStatus"),
					org.assertj.core.groups.Tuple.tuple(Column.PROGRESS, "files.error.progress"),
					org.assertj.core.groups.Tuple.tuple(Column.START, "files.error.date"),
					org.assertj.core.groups.Tuple.tuple(Column.END, "files.error.date"),
					org.assertj.core.groups.Tuple.tuple(Column.BUDGET, "files.error.budget"),
					org.assertj.core.groups.Tuple.tuple(Column.PLACES, "files.error.places"));
	}

	@Test
	void refusesNumbersTakenInThePlanOrRepeatedInTheFileAndEndsBeforeStarts() {
		List<ImportRow> rows = RowValidation.check(List.of(row(2, Column.NUMBER, "9", Column.TITLE, "A"),
				row(3, Column.NUMBER, "3", Column.TITLE, "B", Column.START, "2026-05-01", Column.END, "2026-04-30"),
				row(7, Column.NUMBER, "3", Column.TITLE, "C"), row(8, Column.NUMBER, "-1", Column.TITLE, "D",
						Column.PROGRESS, "-3")), context(), false);
		assertThat(rows.get(0).problems()).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo("files.error.numberTaken"));
		assertThat(rows.get(1).problems()).singleElement().satisfies(p -> {
			assertThat(p.column()).isEqualTo(Column.END);
			assertThat(p.key()).isEqualTo("files.error.endBeforeStart");
		});
		assertThat(rows.get(2).problems()).singleElement().satisfies(p -> {
			assertThat(p.key()).isEqualTo("files.error.numberRepeated");
			assertThat(p.arguments()).containsExactly("3", 3);
		});
		assertThat(rows.get(3).problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo(Column.PROGRESS));
	}

	@Test
	void readsDatesAndNumbersAsPeopleWriteThem() {
		assertThat(RowValidation.parseDate("2026-03-31", false)).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(RowValidation.parseDate("1.4.2026", false)).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(RowValidation.parseDate("46112", false)).isNull();
		assertThat(RowValidation.parseDate("46112", true)).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(RowValidation.parseDate("2026-02-30", false)).isNull();
		assertThat(RowValidation.number("1 234,5")).isEqualByComparingTo("1234.5");
		assertThat(RowValidation.number("1234.5")).isEqualByComparingTo("1234.5");
		assertThat(RowValidation.number("zwölf")).isNull();
		assertThat(RowValidation.number("1.234,5")).isEqualByComparingTo("1234.5");
		assertThat(RowValidation.number("1,234.5")).isEqualByComparingTo("1234.5");
		assertThat(RowValidation.number("0,99")).isEqualByComparingTo("0.99");
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
		assertThat(RowValidation.number("25.000")).as("two readings: the importer's language").isEqualByComparingTo("25000");
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
		assertThat(RowValidation.number("25.000")).isEqualByComparingTo("25");
		assertThat(RowValidation.number("1234,5")).as("one reading whatever the language").isEqualByComparingTo("1234.5");
		org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		assertThat(RowValidation.number("12.34.5")).isNull();
	}
}
