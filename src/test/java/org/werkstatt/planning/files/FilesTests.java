package org.werkstatt.planning.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.Pdfs;
import org.werkstatt.planning.plan.MeasureForm;
import org.werkstatt.planning.plan.MeasureStore;
import org.werkstatt.planning.plan.Measures;
import org.werkstatt.planning.plan.PlanState;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanVisibility;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.files.RawTable;
import org.werkstatt.platform.files.XlsxReader;

/** Exports, open data and the widget over HTTP on the embedded PostgreSQL. */
class FilesTests extends FullStackTest {

	static final String FORMULA = "=HYPERLINK(\"http://böse.example\";\"klick\")";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanStore plans;

	@Autowired
	Measures measures;

	@Autowired
	MeasureStore measureStore;

	@Autowired
	JsonMapper json;

	/** A plan with a field, a goal with an indicator and two values, three measures (one looks like a formula). */
	UUID fullPlan(PlanVisibility visibility, PlanState state) {
		PlanFixture fixture = new PlanFixture(jdbc, plans, measures);
		UUID plan = fixture.plan(visibility, state);
		UUID field = plans.fields(plan).getFirst().id();
		UUID goal = plans.addGoal(plan, field, "Mehr Übergänge in Ausbildung", null);
		UUID indicator = plans.addIndicator(plan, goal, "Integrationsquote", "%", new BigDecimal("21.5"), new BigDecimal("25"), "BA-Statistik");
		plans.recordValue(indicator, LocalDate.of(2025, 12, 31), new BigDecimal("22.1"));
		plans.recordValue(indicator, LocalDate.of(2026, 6, 30), new BigDecimal("23.4"));
		UUID kai = fixture.organisation("bildungswerk-kai");
		UUID first = measures.create(plan, fixture.organisation(PlanFixture.SLUG), new MeasureForm("1", "Kita nachmittags – „æ ø å“",
				"Betreuung bis 18 Uhr", field, kai, "Frau Sommer", "Stadt", "DONE", null, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 6, 30), new BigDecimal("12500.50"), 20), PlanFixture.EDITOR);
		measures.addMilestone(measureStore.find(first).orElseThrow(), LocalDate.of(2026, 3, 31), "Räume gefunden", true,
				PlanFixture.EDITOR);
		fixture.measure(plan, "2", FORMULA, "IN_PROGRESS");
		fixture.measure(plan, "10", "Jobcafé", "PLANNED");
		return plan;
	}

	@Test
	void theCsvIsSemicolonSeparatedUtf8WithAByteOrderMarkAndFormulaSafe() {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		HttpResponse<byte[]> response = new HttpSession(port).getBytes("/plans/" + plan + "/export.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("plan-" + plan + ".csv");
		String csv = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"Nummer\";\"Titel\";\"Beschreibung\";\"Handlungsfeld\"");
		assertThat(csv).contains("\"1\";\"Kita nachmittags – „æ ø å“\";\"Betreuung bis 18 Uhr\";\"Junge Menschen\";\"Bildungswerk am Kai gGmbH\";\"Stadt\";\"abgeschlossen\";\"100\";\"2026-01-01\";\"2026-06-30\";\"12500.50\";\"20\";\"2026-03-31 ✓ Räume gefunden\"")
			.contains("\"'=HYPERLINK(\"\"http://böse.example\"\";\"\"klick\"\")\"");
		assertThat(csv).as("no staff member's name in a public file").doesNotContain("Frau Sommer");
		assertThat(csv.indexOf("\"2\";")).as("ordered by number").isLessThan(csv.indexOf("\"10\";"));
		String english = new String(new HttpSession(port).getBytes("/plans/" + plan + "/export.csv?lang=en").body(),
				StandardCharsets.UTF_8);
		assertThat(english).startsWith("\uFEFF\"Number\";\"Title\"").contains("\"done\"");
	}

	@Test
	void anExportedCsvImportsAgain() throws FileProblem {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		byte[] csv = new HttpSession(port).getBytes("/plans/" + plan + "/export.csv").body();
		ImportFile.Read read = ImportFile.read(csv);
		assertThat(read.rows()).hasSize(3);
		assertThat(read.rows().getFirst().values()).containsEntry(Column.STATUS, "abgeschlossen").containsEntry(Column.PROGRESS, "100");

		PlanFixture fixture = new PlanFixture(jdbc, plans, measures);
		UUID copy = fixture.plan(PlanVisibility.INTERNAL, PlanState.DRAFT);
		HttpSession planner = PlanFixture.planner(port);
		HttpResponse<String> preview = ImportTests.previewOf(planner, copy, csv, "export.csv");
		assertThat(preview.body()).contains("3 Zeilen sind fehlerfrei");
		assertThat(planner.post(ImportTests.previewPath(preview), Map.of()).statusCode()).isEqualTo(302);
		assertThat(fixture.measureCount(copy)).isEqualTo(3);
	}

	@Test
	void anExportedWorkbookWithDateCellsImportsAgain() {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		byte[] xlsx = new HttpSession(port).getBytes("/plans/" + plan + "/export.xlsx").body();
		PlanFixture fixture = new PlanFixture(jdbc, plans, measures);
		UUID copy = fixture.plan(PlanVisibility.INTERNAL, PlanState.DRAFT);
		HttpSession planner = PlanFixture.planner(port);
		HttpResponse<String> preview = ImportTests.previewOf(planner, copy, xlsx, "export.xlsx");
		assertThat(preview.body()).contains("3 Zeilen sind fehlerfrei");
		assertThat(planner.post(ImportTests.previewPath(preview), Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select starts_on from measure where plan_id = ? and number = '1'").param(copy)
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void theWorkbookHasThreeSheetsAndNoFormula() throws Exception {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		HttpResponse<byte[]> response = new HttpSession(port).getBytes("/plans/" + plan + "/export.xlsx");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		Map<String, String> parts = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(parts).containsKeys("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml");
		assertThat(parts.get("xl/workbook.xml")).contains("name=\"Maßnahmen\"").contains("name=\"Handlungsfelder\"")
			.contains("name=\"Ziele und Kennzahlen\"");
		assertThat(String.join("", parts.values())).doesNotContain("<f>").doesNotContain("<f ");
		assertThat(parts.get("xl/worksheets/sheet1.xml"))
			.contains("<is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://böse.example&quot;;&quot;klick&quot;)</t>")
			.contains("<v>12500.50</v>");
		assertThat(parts.get("xl/worksheets/sheet3.xml")).contains("Integrationsquote").contains("<v>23.40</v>");
		RawTable read = XlsxReader.read(response.body());
		assertThat(read.rows()).hasSize(3);

		// read back as a spreadsheet program does: dates are date cells in the reader's pattern, numbers are numbers
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			Row first = rowStartingWith(book.getSheet("Maßnahmen"), 1, "Kita nachmittags");
			assertDate(first.getCell(8), LocalDate.of(2026, 1, 1), "dd.mm.yyyy");
			assertDate(first.getCell(9), LocalDate.of(2026, 6, 30), "dd.mm.yyyy");
			assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(100);
			assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(12500.5);
			assertThat(first.getCell(0).getCellType()).as("a measure number is text").isEqualTo(CellType.STRING);
			Row value = rowStartingWith(book.getSheet("Ziele und Kennzahlen"), 2, "Integrationsquote");
			assertDate(value.getCell(7), LocalDate.of(2025, 12, 31), "dd.mm.yyyy");
			assertThat(value.getCell(8).getNumericCellValue()).isEqualTo(22.1);
		}
		byte[] english = new HttpSession(port).getBytes("/plans/" + plan + "/export.xlsx?lang=en").body();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(english))) {
			Row first = rowStartingWith(book.getSheetAt(0), 1, "Kita nachmittags");
			assertDate(first.getCell(8), LocalDate.of(2026, 1, 1), "mm/dd/yyyy");
		}
		byte[] danish = new HttpSession(port).getBytes("/plans/" + plan + "/export.xlsx?lang=da").body();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(danish))) {
			assertDate(rowStartingWith(book.getSheetAt(0), 1, "Kita nachmittags").getCell(8), LocalDate.of(2026, 1, 1), "dd.mm.yyyy");
		}
	}

	static Row rowStartingWith(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(text)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text);
	}

	static void assertDate(Cell cell, LocalDate date, String format) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(date);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
	}

	@Test
	void thePdfHoldsThePlanItsGoalsAndMeasures() throws Exception {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		HttpResponse<byte[]> response = new HttpSession(port).getBytes("/plans/" + plan + "/export.pdf");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		PdfReader reader = new PdfReader(response.body());
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page));
		}
		assertThat(text.toString()).contains("3 Maßnahmen: 1 geplant, 1 in Umsetzung, 1 abgeschlossen")
			.contains("Integrationsquote")
			.contains("Kita nachmittags – „æ ø å“")
			.containsPattern("Räume\\s+gefunden");

		// as a reader's programs see it: tagged, titled, German, fonts embedded, numbered pages, local dates and numbers
		String title = jdbc.sql("select title from plan where id = ?").param(plan).query(String.class).single();
		for (String language : new String[] { "de", "da", "en" }) {
			Path file = Pdfs.save(new HttpSession(port).getBytes("/plans/" + plan + "/export.pdf?lang=" + language).body(),
					"plan-" + language);
			Pdfs.assertAccessible(file, title, language);
			int pages = Pdfs.pages(file);
			String layout = Pdfs.text(file);
			String pageOne = switch (language) {
				case "de" -> "Seite 1 von " + pages;
				case "da" -> "Side 1 af " + pages;
				default -> "Page 1 of " + pages;
			};
			assertThat(layout).contains(pageOne);
			String number = switch (language) {
				case "de" -> "Nummer";
				case "da" -> "Nummer";
				default -> "Number";
			};
			assertThat(layout).doesNotContainPattern("abgeschlos\\s+sen|afslutt\\s+et");
			assertThat(layout).as("the heading word stays whole").contains(number).doesNotContainPattern(number.substring(0, 4) + "\\s+" + number.substring(4));
			switch (language) {
				case "de" -> assertThat(layout).contains("30.06.2026").contains("01.01.2026").contains("23,4").contains("31.03.2026 Räume").contains("(erreicht)")
					.doesNotContain("2026-06-30").doesNotContain("2026-03-31");
				case "da" -> assertThat(layout).contains("30.06.2026").contains("1. jan. 2026").contains("23,4");
				default -> assertThat(layout).contains("06/30/2026").contains("Jan 1, 2026").contains("23.4");
			}
			Pdfs.png(file);
		}
	}

	@Test
	void theJsonFollowsItsSchemaAndInternalPlansAreNoOpenData() {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		HttpResponse<byte[]> response = new HttpSession(port).getBytes("/plans/" + plan + "/export.json?lang=en");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
		JsonNode root = json.readTree(response.body());
		assertThat(root.get("$schema").asString()).isEqualTo("/open-data/plan.schema.json");
		assertThat(root.get("plan").get("organisation").get("slug").asString()).isEqualTo("jobcenter-hafenstadt");
		assertThat(root.get("measures")).hasSize(3);
		JsonNode first = root.get("measures").get(0);
		assertThat(first.get("statusLabel").asString()).isEqualTo("done");
		assertThat(first.get("stage").asString()).isEqualTo("DONE");
		assertThat(first.get("responsibleOrganisation").get("name").asString()).isEqualTo("Bildungswerk am Kai gGmbH");
		assertThat(first.has("responsiblePerson")).as("no staff member's name in open data").isFalse();
		assertThat(first.get("milestones").get(0).get("dueOn").asString()).isEqualTo("2026-03-31");
		assertThat(root.get("goals").get(0).get("indicators").get(0).get("values")).hasSize(2);
		assertThat(root.get("summary").get("total").asInt()).isEqualTo(3);
		JsonNode schema = json.readTree(new HttpSession(port).getBytes("/open-data/plan.schema.json").body());
		schema.get("required").forEach(key -> assertThat(root.has(key.asString())).as(key.asString()).isTrue());
		schema.get("properties").get("measures").get("items").get("required")
			.forEach(key -> assertThat(first.has(key.asString())).as(key.asString()).isTrue());

		UUID internal = fullPlan(PlanVisibility.INTERNAL, PlanState.IN_PROGRESS);
		UUID draft = fullPlan(PlanVisibility.PUBLIC, PlanState.DRAFT);
		for (String format : new String[] { "json", "csv", "xlsx", "pdf" }) {
			assertThat(new HttpSession(port).getBytes("/plans/" + internal + "/export." + format).statusCode()).isEqualTo(404);
			assertThat(new HttpSession(port).getBytes("/plans/" + draft + "/export." + format).statusCode()).isEqualTo(404);
		}
		HttpSession member = PlanFixture.planner(port);
		HttpResponse<byte[]> own = member.getBytes("/plans/" + internal + "/export.json");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void theWidgetMayBeFramedByAnySiteAndNothingElseMay() {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		HttpResponse<String> widget = new HttpSession(port).get("/plans/" + plan + "/widget");
		assertThat(widget.statusCode()).isEqualTo(200);
		assertThat(widget.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *")
			.contains("script-src 'self'").doesNotContain("frame-ancestors 'self'");
		assertThat(widget.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(widget.body()).contains("3 Maßnahmen: 1 geplant, 1 in Umsetzung, 1 abgeschlossen")
			.contains("href=\"/plans/" + plan + "\"")
			.doesNotContain(" style=\"")
			.doesNotContain("<script");

		for (String path : new String[] { "/plans/" + plan + "/widget/x", "/login", "/plans/" + plan + "/export.csv" }) {
			HttpResponse<String> other = new HttpSession(port).get(path);
			assertThat(other.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
			assertThat(other.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path)
				.contains("frame-ancestors 'self'");
		}
		UUID internal = fullPlan(PlanVisibility.INTERNAL, PlanState.IN_PROGRESS);
		assertThat(new HttpSession(port).get("/plans/" + internal + "/widget").statusCode()).isEqualTo(404);
	}

	@Test
	void thePlannersPageOffersTheEmbedCodeAndTheFiles() {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		HttpResponse<String> page = PlanFixture.planner(port).get("/manage/jobcenter-hafenstadt/plans/" + plan + "/files");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("&lt;iframe src=&quot;http://localhost:")
			.contains("/plans/" + plan + "/widget&quot;")
			.contains("&lt;tr&gt;&lt;th scope=&quot;row&quot;&gt;abgeschlossen&lt;/th&gt;&lt;td&gt;1&lt;/td&gt;")
			.contains("/plans/" + plan + "/export.xlsx");
		HttpSession caseworker = new HttpSession(port);
		assertThat(caseworker.signIn("fallmanagement@jobcenter-hafenstadt.example", PlanFixture.PASSWORD)).isTrue();
		assertThat(caseworker.get("/manage/jobcenter-hafenstadt/plans/" + plan + "/files").statusCode()).isEqualTo(403);
	}

	@Test
	void publishedDecisionsOnPublishedIdeasAreOpenData() {
		UUID plan = fullPlan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		UUID internalPlan = fullPlan(PlanVisibility.INTERNAL, PlanState.IN_PROGRESS);
		UUID organisation = new PlanFixture(jdbc, plans, measures).organisation(PlanFixture.SLUG);
		var ideas = jdbc.sql("""
				select i.id, i.event_id, i.status from idea i join event e on e.id = i.event_id
				 where e.organisation_id = ? order by i.status, i.created_at""").param(organisation).query().listOfRows();
		Map<String, Object> published = ideas.stream().filter(i -> "PUBLISHED".equals(i.get("status"))).findFirst().orElseThrow();
		Map<String, Object> secondPublished = ideas.stream().filter(i -> "PUBLISHED".equals(i.get("status"))).skip(1).findFirst().orElseThrow();
		Map<String, Object> hidden = ideas.stream().filter(i -> "HIDDEN".equals(i.get("status"))).findFirst().orElseThrow();
		UUID measure = jdbc.sql("select id from measure where plan_id = ? and number = '1'").param(plan).query(UUID.class).single();
		UUID internalMeasure = jdbc.sql("select id from measure where plan_id = ? and number = '1'").param(internalPlan).query(UUID.class).single();
		UUID manual = UUID.randomUUID();
		jdbc.sql("insert into manual_idea (id, organisation_id, source, text) values (?, ?, 'Papierwand Rathaus', 'Mehr Bänke')")
			.params(manual, organisation).update();
		// the demo's decisions on these ideas give way to the test's; the others stay for the other tests
		jdbc.sql("delete from decision where idea_id = any (?)")
			.param(new UUID[] { (UUID) published.get("id"), (UUID) secondPublished.get("id"), (UUID) hidden.get("id") })
			.update();
		String insert = """
				insert into decision (idea_id, organisation_id, event_id, outcome, reason, measure_id, public_outcome, public_reason,
				    public_measure_id, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		jdbc.sql(insert).params(published.get("id"), organisation, published.get("event_id"), "ADOPTED", null, measure, "ADOPTED", null, measure, now).update();
		jdbc.sql(insert).params(secondPublished.get("id"), organisation, secondPublished.get("event_id"), "COVERED", null, internalMeasure, "COVERED", null, internalMeasure, now).update();
		jdbc.sql(insert).params(hidden.get("id"), organisation, hidden.get("event_id"), "NOT_ADOPTED", "Kein Beitrag", null, "NOT_ADOPTED", "Kein Beitrag", null, now).update();
		jdbc.sql(insert).params(manual, organisation, null, "NOT_ADOPTED", "=Zu teuer", null, "NOT_ADOPTED", "=Zu teuer", null, now).update();
		jdbc.sql(insert).params(UUID.randomUUID(), organisation, null, "ADOPTED", null, null, null, null, null, null).update();

		JsonNode root = json.readTree(new HttpSession(port).getBytes("/o/jobcenter-hafenstadt/decisions.json?lang=en").body());
		JsonNode decisions = root.get("decisions");
		List<String> listed = new java.util.ArrayList<>();
		decisions.forEach(d -> listed.add(d.get("ideaId").asString()));
		assertThat(listed).doesNotContain(hidden.get("id").toString()).contains(published.get("id").toString(),
				secondPublished.get("id").toString(), manual.toString());
		JsonNode adopted = find(decisions, published.get("id").toString());
		assertThat(adopted.get("outcome").asString()).isEqualTo("ADOPTED");
		assertThat(adopted.get("outcomeLabel").asString()).isEqualTo("adopted");
		assertThat(adopted.get("measureNumber").asString()).isEqualTo("1");
		assertThat(adopted.get("idea").asString()).isNotBlank();
		JsonNode covered = find(decisions, secondPublished.get("id").toString());
		assertThat(covered.get("measureId").isNull()).as("a measure of an internal plan stays unnamed").isTrue();
		assertThat(covered.get("measureTitle").isNull()).isTrue();
		JsonNode byHand = find(decisions, manual.toString());
		assertThat(byHand.get("manualSource").asString()).isEqualTo("Papierwand Rathaus");
		assertThat(byHand.get("reason").asString()).isEqualTo("=Zu teuer");

		String csv = new String(new HttpSession(port).getBytes("/o/jobcenter-hafenstadt/decisions.csv").body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"ideaId\";\"eventId\";\"eventTitle\";\"wall\";\"idea\"")
			.contains("\"'=Zu teuer\"")
			.contains("\"nicht übernommen\"")
			.doesNotContain(hidden.get("id").toString());
		assertThat(csv).contains(published.get("id").toString(), manual.toString());
		assertThat(new HttpSession(port).getBytes("/o/no-such-organisation/decisions.json").statusCode()).isEqualTo(404);
		assertThat(new HttpSession(port).getBytes("/open-data/decisions.schema.json").statusCode()).isEqualTo(200);
	}

	private static JsonNode find(JsonNode decisions, String ideaId) {
		for (JsonNode decision : decisions) {
			if (decision.get("ideaId").asString().equals(ideaId)) {
				return decision;
			}
		}
		throw new AssertionError("no decision on " + ideaId);
	}
}
