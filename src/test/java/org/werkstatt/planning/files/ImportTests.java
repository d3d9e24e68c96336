package org.werkstatt.planning.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.planning.plan.Measures;
import org.werkstatt.planning.plan.PlanState;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanVisibility;
import org.werkstatt.platform.files.ImportLimits;

/** Importing measures over HTTP on the embedded PostgreSQL: preview, problems, all or nothing, limits. */
class ImportTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanStore plans;

	@Autowired
	Measures measures;

	PlanFixture fixture() {
		return new PlanFixture(jdbc, plans, measures);
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Uploads the file and follows the redirect to its preview. */
	static HttpResponse<String> previewOf(HttpSession planner, UUID plan, byte[] file, String name) {
		String page = PlanFixture.importPage(plan);
		HttpResponse<String> uploaded = PlanFixture.upload(planner, page, page, file, name);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains(page + "/");
		return planner.get(location);
	}

	static String previewPath(HttpResponse<String> preview) {
		return preview.uri().getPath();
	}

	@Test
	void thePreviewShowsEveryRowsProblemsAtTheirFieldsAndImportsNothing() {
		PlanFixture fixture = fixture();
		UUID plan = fixture.plan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		fixture.measure(plan, "9", "Schon da", "PLANNED");
		HttpSession planner = PlanFixture.planner(port);
		HttpResponse<String> preview = previewOf(planner, plan, csv("""
				\uFEFFNummer;Titel;Handlungsfeld;Status;Fortschritt;Beginn;Ende
				1;Kita nachmittags;Junge Menschen;Umgesetzt;100;01.02.2026;2026-06-30
				2;Jobcafé;Senioren;geplant;120;31.02.2026;
				2;Doppelt;;;;;
				9;Schon vergeben;;;;;
				"""), "massnahmen.csv");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("3 von 4 Zeilen haben Fehler. Es wird nichts importiert.")
			.contains("Der Plan hat kein Handlungsfeld „Senioren“.")
			.contains("„120“ ist kein Fortschritt: bitte eine ganze Zahl von 0 bis 100.")
			.contains("„31.02.2026“ ist kein Datum")
			.contains("Die Nummer 2 steht schon in Zeile 3 dieser Datei.")
			.contains("Der Plan hat schon eine Maßnahme mit der Nummer 9.")
			.contains("id=\"line-2\"")
			.doesNotContain("id=\"confirm-form\"");
		assertThat(planner.post(previewPath(preview), Map.of()).body()).contains("3 von 4 Zeilen haben Fehler");
		assertThat(fixture.measureCount(plan)).isEqualTo(1);

		HttpResponse<String> english = planner.get(previewPath(preview) + "?lang=en");
		assertThat(english.body()).contains("3 of 4 rows have problems. Nothing is imported.")
			.contains("The plan has no field of action &quot;Senioren&quot;.");
	}

	@Test
	void confirmingImportsEveryRowWithItsFirstVersionOnce() {
		PlanFixture fixture = fixture();
		UUID plan = fixture.plan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		HttpSession planner = PlanFixture.planner(port);
		HttpResponse<String> preview = previewOf(planner, plan, csv("""
				Number,Title,Field of action,Responsible organisation,Status,Progress,Start,End,Budget,Places
				1.1,"Kita, nachmittags",junge menschen,bildungswerk-kai,Done,,2026-02-01,2026-06-30,"12500,50",20
				1.2,Jobcafé,,,,35,,,,
				"""), "measures.csv");
		assertThat(preview.body()).contains("2 Zeilen sind fehlerfrei").contains("abgeschlossen").contains("id=\"confirm-form\"");

		HttpResponse<String> confirmed = planner.post(previewPath(preview), Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(planner.get(confirmed.headers().firstValue("Location").orElseThrow()).body())
			.contains("2 Maßnahmen sind importiert.");
		assertThat(fixture.measureCount(plan)).isEqualTo(2);
		assertThat(fixture.versionCount(plan)).isEqualTo(2);
		Map<String, Object> first = jdbc.sql("select status, progress, budget, places, responsible_organisation_id, field_id "
				+ "from measure where plan_id = ? and number = '1.1'").param(plan).query().singleRow();
		assertThat(first).containsEntry("status", "DONE").containsEntry("progress", 100).containsEntry("places", 20);
		assertThat(first.get("responsible_organisation_id")).isEqualTo(fixture.organisation("bildungswerk-kai"));
		assertThat(first.get("field_id")).isNotNull();

		planner.get(PlanFixture.importPage(plan));
		HttpResponse<String> again = planner.post(previewPath(preview), Map.of());
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(planner.get(again.headers().firstValue("Location").orElseThrow()).body())
			.contains("Diese Vorschau gibt es nicht mehr");
		assertThat(fixture.measureCount(plan)).isEqualTo(2);
	}

	@Test
	void anImportIsAllOrNothingWhenThePlanChangesAfterThePreview() {
		PlanFixture fixture = fixture();
		UUID plan = fixture.plan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		HttpSession planner = PlanFixture.planner(port);
		HttpResponse<String> preview = previewOf(planner, plan, csv("Nummer;Titel\n1;Eins\n2;Zwei\n3;Drei\n"), "a.csv");
		assertThat(preview.body()).contains("3 Zeilen sind fehlerfrei");
		fixture.measure(plan, "3", "Inzwischen angelegt", "PLANNED");

		HttpResponse<String> refused = planner.post(previewPath(preview), Map.of());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Seit der Vorschau hat sich der Plan geändert")
			.contains("Der Plan hat schon eine Maßnahme mit der Nummer 3.");
		assertThat(fixture.measureCount(plan)).isEqualTo(1);
		assertThat(jdbc.sql("select title from measure where plan_id = ?").param(plan).query(String.class).list())
			.containsExactly("Inzwischen angelegt");
	}

	@Test
	void badFilesAreRefusedWithAClearMessage() {
		PlanFixture fixture = fixture();
		UUID plan = fixture.plan(PlanVisibility.INTERNAL, PlanState.DRAFT);
		HttpSession planner = PlanFixture.planner(port);
		String page = PlanFixture.importPage(plan);
		Map<String, String> answers = Map.of(
				"Die Arbeitsmappe enthält Formeln (1), zum Beispiel in B2.",
				"xlsx:formula",
				"Diese Spalten kennt der Import nicht: C: „Farbe“.", "Nummer;Titel;Farbe\n1;A;rot\n",
				"Es fehlt die Spalte „Titel“.", "Nummer;Status\n1;DONE\n",
				"Die Datei ist nicht in UTF-8 gespeichert.", "latin1",
				"Die Datei ist leer.", "",
				"Bitte wählen Sie eine Datei aus.", "none");
		answers.forEach((message, content) -> {
			byte[] file = switch (content) {
				case "xlsx:formula" -> Workbooks.xlsx(Map.of(), "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nummer</t></is></c>"
						+ "<c r=\"B1\" t=\"inlineStr\"><is><t>Titel</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c>"
						+ "<c r=\"B2\" t=\"str\"><f>CONCAT(\"a\";\"b\")</f><v>ab</v></c></row>");
				case "latin1" -> "Nummer;Titel\n1;Übergänge\n".getBytes(StandardCharsets.ISO_8859_1);
				default -> csv(content);
			};
			HttpResponse<String> answer = PlanFixture.upload(planner, page, page, file, content.equals("none") ? "" : "f.xlsx");
			assertThat(answer.statusCode()).as(message).isEqualTo(200);
			assertThat(answer.body()).as(message).contains(message).contains("id=\"file-error\"");
		});
		assertThat(fixture.measureCount(plan)).isZero();
	}

	@Test
	void aFileAboveTheLimitIsRefusedAndA50MegabyteFileBeforeItIsRead() {
		PlanFixture fixture = fixture();
		UUID plan = fixture.plan(PlanVisibility.INTERNAL, PlanState.DRAFT);
		HttpSession planner = PlanFixture.planner(port);
		String page = PlanFixture.importPage(plan);
		HttpResponse<String> justAbove = PlanFixture.upload(planner, page, page, new byte[ImportLimits.MAX_BYTES + 100], "gross.csv");
		assertThat(justAbove.statusCode()).isEqualTo(200);
		assertThat(justAbove.body()).contains("Diese Datei ist zu groß. Eine Importdatei darf höchstens 5 MB haben.");

		HttpResponse<String> fifty = PlanFixture.upload(planner, page + "?lang=en", page, new byte[50 * 1024 * 1024], "huge.xlsx");
		assertThat(fifty.statusCode()).isEqualTo(303);
		String back = fifty.headers().firstValue("Location").orElseThrow();
		assertThat(back).endsWith(page + "?tooLarge");
		assertThat(planner.get(back).body()).contains("This file is too large. An import file may have at most 5 MB.")
			.contains("id=\"file-error\"");
		assertThat(fixture.measureCount(plan)).isZero();
	}

	@Test
	void onlyPlannersOfTheOwnerImport() {
		PlanFixture fixture = fixture();
		UUID plan = fixture.plan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		String page = PlanFixture.importPage(plan);
		HttpSession caseworker = new HttpSession(port);
		assertThat(caseworker.signIn("fallmanagement@jobcenter-hafenstadt.example", PlanFixture.PASSWORD)).isTrue();
		assertThat(caseworker.get(page).statusCode()).isEqualTo(403);
		HttpSession network = new HttpSession(port);
		assertThat(network.signIn("buero@buendnis-nordufer.example", PlanFixture.PASSWORD)).isTrue();
		assertThat(network.get("/manage/buendnis-nordufer/plans/" + plan + "/import").statusCode()).isEqualTo(404);
		assertThat(new HttpSession(port).get(page).statusCode()).isEqualTo(302);
		HttpSession planner = PlanFixture.planner(port);
		assertThat(planner.get(page).body()).contains("Verantwortliche Organisation").contains("Ansvarlig organisation")
			.contains("Responsible organisation");
		HttpResponse<String> preview = previewOf(planner, plan, csv("Nummer;Titel\n1;A\n"), "a.csv");
		HttpSession admin = new HttpSession(port);
		assertThat(admin.signIn("admin@jobcenter-hafenstadt.example", PlanFixture.PASSWORD)).isTrue();
		assertThat(admin.get(previewPath(preview)).statusCode()).as("bound to the person who uploaded it").isEqualTo(302);
	}

	@Test
	void importsAThousandRowsInOneGoEachWithItsFirstVersion() {
		PlanFixture fixture = fixture();
		UUID plan = fixture.plan(PlanVisibility.PUBLIC, PlanState.IN_PROGRESS);
		StringBuilder file = new StringBuilder("Nummer;Titel;Beschreibung;Handlungsfeld;Status;Fortschritt;Beginn;Ende;Budget;Plätze\n");
		List<String> statuses = List.of("Geplant", "In Umsetzung", "Umgesetzt", "Verworfen");
		for (int i = 1; i <= 1000; i++) {
			file.append(i / 100 + 1).append('.').append(i % 100).append(';').append("Maßnahme ").append(i)
				.append(";Beschreibung der Maßnahme ").append(i).append(";Junge Menschen;").append(statuses.get(i % 4))
				.append(';').append(i % 101).append(";01.01.2026;31.12.2026;").append(i * 100).append(';').append(i % 30)
				.append('\n');
		}
		HttpSession planner = PlanFixture.planner(port);
		HttpResponse<String> preview = previewOf(planner, plan, csv(file.toString()), "tausend.csv");
		assertThat(preview.body()).contains("1000 Zeilen sind fehlerfrei");
		HttpResponse<String> confirmed = planner.post(previewPath(preview), Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(fixture.measureCount(plan)).isEqualTo(1000);
		assertThat(fixture.versionCount(plan)).isEqualTo(1000);
	}
}
