package org.werkstatt.planning.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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

/** Every message of the import in the reader's language, quoted the way that language quotes. */
class ImportLanguageTests extends FullStackTest {

	private static final String BAD_ROWS = """
			Nummer;Titel;Handlungsfeld;Status;Fortschritt;Beginn
			1;Kita;Senioren;pausenlos;120;31.02.2026
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanStore plans;

	@Autowired
	Measures measures;

	@Test
	void danishReadersGetDanishMessagesWithDanishQuotes() {
		String preview = preview("da", BAD_ROWS);
		assertThat(preview).contains("Planen har intet indsatsområde »Senioren«.", "Ukendt status »pausenlos«.",
				"»120« er ikke en fremdrift", "»31.02.2026« er ikke en dato");
		assertNoGermanQuotes(preview);
		String unknown = fileError("da", "Nummer;Titel;Farbe\n1;A;rot\n");
		assertThat(unknown).contains("Disse kolonner kender importen ikke: C: »Farbe«.");
		assertThat(fileError("da", "Nummer;Status\n1;DONE\n")).contains("Kolonnen »Titel« mangler.");
		assertNoGermanQuotes(unknown);
	}

	@Test
	void englishReadersGetEnglishMessagesWithEnglishQuotes() {
		String preview = preview("en", BAD_ROWS);
		assertThat(preview).contains("The plan has no field of action &quot;Senioren&quot;.", "&quot;120&quot;");
		assertNoGermanQuotes(preview);
		String unknown = fileError("en", "Nummer;Titel;Farbe\n1;A;rot\n");
		assertThat(unknown).contains("C: &quot;Farbe&quot;");
		assertNoGermanQuotes(unknown);
		assertNoGermanQuotes(fileError("en", "Nummer;Status\n1;DONE\n"));
	}

	@Test
	void theDanishAndEnglishBundlesHaveNoGermanQuotationMarks() throws IOException {
		for (String bundle : new String[] { "messages_da.properties", "messages_en.properties" }) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			messages.forEach((key, text) -> {
				assertThat(text.toString()).as(bundle + " " + key).doesNotContain("„").doesNotContain("‚");
				if (bundle.contains("_da")) {
					assertThat(text.toString()).as(bundle + " " + key).doesNotContain("“");
				}
				else {
					// English closes with ”, never with the German closing mark
					assertThat(text.toString()).as(bundle + " " + key).doesNotContainPattern("“[^”]*$");
				}
			});
		}
	}

	private String preview(String language, String csv) {
		UUID plan = new PlanFixture(jdbc, plans, measures).plan(PlanVisibility.INTERNAL, PlanState.DRAFT);
		HttpSession planner = PlanFixture.planner(port);
		planner.get(PlanFixture.importPage(plan) + "?lang=" + language);
		HttpResponse<String> preview = ImportTests.previewOf(planner, plan, csv.getBytes(StandardCharsets.UTF_8), "f.csv");
		assertThat(preview.body()).contains("lang=\"" + language + "\"");
		return preview.body();
	}

	private String fileError(String language, String csv) {
		UUID plan = new PlanFixture(jdbc, plans, measures).plan(PlanVisibility.INTERNAL, PlanState.DRAFT);
		HttpSession planner = PlanFixture.planner(port);
		String page = PlanFixture.importPage(plan);
		planner.get(page + "?lang=" + language);
		HttpResponse<String> answer = PlanFixture.upload(planner, page, page, csv.getBytes(StandardCharsets.UTF_8), "f.csv");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"file-error\"");
		String error = answer.body().substring(answer.body().indexOf("id=\"file-error\""));
		return error.substring(0, error.indexOf("</p>"));
	}

	private static void assertNoGermanQuotes(String html) {
		assertThat(html).doesNotContain("„");
	}
}
