package org.werkstatt.catalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.platform.files.ImportLimits;
import org.werkstatt.platform.files.ImportSizeFilter;

class CatalogImportTests extends FullStackTest {

	static final String SLUG = "bildungswerk-kai";
	static final String PAGE = "/manage/" + SLUG + "/offers/import";
	static final String PASSWORD = "Werkstatt-Demo-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpSession provider() {
		HttpSession session = new HttpSession(port);
		assertThat(session.signIn("traeger@bildungswerk-kai.example", PASSWORD)).isTrue();
		return session;
	}

	static HttpResponse<String> upload(HttpSession session, String page, String action, byte[] file, String fileName) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.get(page).body());
		assertThat(csrf.find()).isTrue();
		String boundary = "----werkstatt" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return session.send(HttpRequest.newBuilder(session.uri(action))
			// A body the server refuses by its length is announced, as curl does for large bodies: without it the
			// server's early answer and close race the upload, and the client saw a reset in 2 of 40 tries.
			.expectContinue(ImportSizeFilter.refusesByLength(body.size()))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	static HttpResponse<String> previewOf(HttpSession session, byte[] file, String name) {
		HttpResponse<String> uploaded = upload(session, PAGE, PAGE, file, name);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains(PAGE + "/");
		return session.get(location);
	}

	int offers(String prefix) {
		return jdbc.sql("select count(*) from offer where external_id like ?").param(prefix + "%").query(Integer.class).single();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void oneBadRowStoresNothingAndConfirmingAGoodFileStoresEveryOfferAndRun() {
		String p = "T" + UUID.randomUUID().toString().substring(0, 6) + "-";
		HttpSession session = provider();
		HttpResponse<String> bad = previewOf(session, utf8("""
				\uFEFFoffer_id;title;short_description;format;time_model;legal_bases;azav_certifier;azav_measure_number;azav_valid_until
				%1$sA;Bewerbungstraining;Fit für die Bewerbung;IN_PERSON;Teilzeit;DE_SGB3_81_FBW;;;
				%1$sB;Digitalkurs;Online lernen;TELEPATHIE;PART_TIME;SGB99;Zert GmbH;123;2020-01-01
				""".formatted(p)), "angebote.csv");
		assertThat(bad.body()).contains("1 von 2 Einträgen haben Fehler")
			.contains("Unbekannte Form „TELEPATHIE“")
			.contains("Unbekannte Rechtsgrundlage „SGB99“. Erlaubt sind: ")
			.contains("DE_SGB3_81_FBW")
			.contains("Die AZAV-Zulassung ist am 2020-01-01 abgelaufen.")
			.contains("Neues Angebot (zur Freigabe)")
			.doesNotContain("id=\"confirm-form\"");
		HttpResponse<String> forced = session.post(bad.uri().getPath(), Map.of());
		assertThat(forced.statusCode()).isEqualTo(200);
		assertThat(offers(p)).isZero();

		HttpResponse<String> good = previewOf(session, utf8("""
				offer_id;title;short_description;format;time_model;legal_bases;target_groups;contact_name;contact_email
				%1$sA;Bewerbungstraining;Fit für die Bewerbung;Präsenz;Teilzeit;DE_SGB3_81_FBW;Junge Menschen, Quereinsteiger;Nina Beispiel;nina@bildungswerk-kai.example
				%1$sB;Digitalkurs;Online lernen;201;PART_TIME;;;;
				""".formatted(p)), "angebote.csv");
		assertThat(good.body()).contains("2 Angebote und 0 Termine sind bereit").contains("id=\"confirm-form\"");
		HttpResponse<String> confirmed = session.post(good.uri().getPath(), Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(session.get(confirmed.headers().firstValue("Location").orElseThrow()).body())
			.contains("2 Angebote und 0 Termine importiert.");
		assertThat(offers(p)).isEqualTo(2);
		assertThat(jdbc.sql("""
				select v.state from offer_version v join offer o on o.id = v.offer_id where o.external_id = ?""")
			.param(p + "A").query(String.class).list()).containsExactly("SUBMITTED");
		assertThat(jdbc.sql("select format from offer where external_id = ?").param(p + "B").query(String.class).single())
			.isEqualTo("DIGITAL");

		HttpResponse<String> runs = previewOf(session, utf8("""
				offer_id;run_id;start;end;city;max_participants;places_available;cost
				%1$sA;R1;01.09.2026;30.09.2026;Hafenstadt;12;4;"1.250,00"
				%1$sA;R2;2026-10-01;2026-10-31;Hafenstadt;12;13;
				%1$sX;R3;2026-10-01;2026-09-01;;;;
				""".formatted(p)), "termine.csv");
		assertThat(runs.body()).contains("13 freie Plätze sind mehr als die 12 Plätze insgesamt.")
			.contains("Es gibt kein Angebot mit der ID " + p + "X")
			.contains("Das Ende liegt vor dem Beginn.");
		HttpResponse<String> fixed = previewOf(session, utf8("""
				offer_id;run_id;start;end;city;max_participants;places_available;cost
				%1$sA;R1;01.09.2026;30.09.2026;Hafenstadt;12;4;"1.250,00"
				%1$sA;R2;2026-10-01;2026-10-31;Hafenstadt;12;12;
				""".formatted(p)), "termine.csv");
		assertThat(fixed.body()).contains("Neuer Termin");
		assertThat(session.post(fixed.uri().getPath(), Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select r.cost from offer_run r join offer o on o.id = r.offer_id where o.external_id = ? and r.external_id = 'R1'""")
			.param(p + "A").query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1250");

		HttpResponse<String> again = previewOf(session, utf8("""
				offer_id;run_id;start;end;places_available;max_participants
				%1$sA;R1;01.09.2026;30.09.2026;2;12
				""".formatted(p)), "termine.csv");
		assertThat(again.body()).contains("Geänderter Termin");
		assertThat(session.post(again.uri().getPath(), Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select count(*) from offer_run r join offer o on o.id = r.offer_id where o.external_id = ?""")
			.param(p + "A").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void staffWhoDoNotApproveTheirOwnCatalogImportChangesForApprovalNotPublished() {
		// provider staff of the jobcenter, which owns the catalog, but neither its admin nor a planner
		String email = "angebote-" + UUID.randomUUID().toString().substring(0, 8) + "@jobcenter-hafenstadt.example";
		UUID person = jdbc.sql("""
				insert into person (email, name, preferred_language, password_hash)
				select ?, 'Jana Angebote', 'de', password_hash from person where email = 'traeger@bildungswerk-kai.example'
				returning id""").param(email).query(UUID.class).single();
		jdbc.sql("insert into membership (person_id, organisation_id, role) select ?, id, 'PROVIDER_STAFF' from organisation where slug = 'jobcenter-hafenstadt'")
			.param(person).update();
		HttpSession session = new HttpSession(port);
		assertThat(session.signIn(email, PASSWORD)).isTrue();
		String page = "/manage/jobcenter-hafenstadt/offers/import";
		String p = "J" + UUID.randomUUID().toString().substring(0, 6) + "-";
		HttpResponse<String> uploaded = upload(session, page, page, utf8("""
				offer_id;title;short_description;format;time_model;legal_bases
				%1$sA;Bewerbungscenter;Bewerbungen im Jobcenter schreiben;IN_PERSON;PART_TIME;DE_SGB2_16_SGB3_45_MAT
				""".formatted(p)), "angebote.csv");
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		HttpResponse<String> preview = session.get(uploaded.headers().firstValue("Location").orElseThrow());
		assertThat(preview.body()).contains("id=\"confirm-form\"");
		assertThat(session.post(preview.uri().getPath(), Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select o.state || '/' || v.state from offer o join offer_version v on v.offer_id = o.id
				 where o.external_id = ?""").param(p + "A").query(String.class).single())
			.as("waits for the jobcenter's approvers").isEqualTo("DRAFT/SUBMITTED");
	}

	@Test
	void anXlsxOffersFileImportsLikeACsvFile() throws Exception {
		String p = "X" + UUID.randomUUID().toString().substring(0, 6) + "-";
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			var sheet = workbook.createSheet("Angebote");
			String[][] rows = { { "Angebots-ID", "Titel", "Kurzbeschreibung", "Form", "Zeitmodell", "AZAV gültig bis",
					"AZAV-Zertifizierungsstelle", "AZAV-Maßnahmenummer" },
					{ p + "1", "Staplerschein", "Gabelstapler sicher fahren", "Präsenz", "Vollzeit", "31.12.2030", "Zert GmbH", "1/2" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(bytes);
		}
		HttpSession session = provider();
		HttpResponse<String> preview = previewOf(session, bytes.toByteArray(), "angebote.xlsx");
		assertThat(preview.body()).contains("1 Angebote und 0 Termine sind bereit");
		assertThat(session.post(preview.uri().getPath(), Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select azav_valid_until from offer where external_id = ?").param(p + "1")
			.query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2030, 12, 31));
	}

	@Test
	void anOpenQCatCatalogIsPreviewedWithWhatIsNotImportedAndConfirmed() throws Exception {
		String p = "Q" + UUID.randomUUID().toString().substring(0, 6) + "-";
		String xml = new String(OpenQCatReaderTests.example(), StandardCharsets.UTF_8).replace("KAI-LAGER-1", p + "LAGER");
		HttpSession session = provider();
		HttpResponse<String> preview = previewOf(session, utf8(xml), "kursnet.xml");
		assertThat(preview.body()).contains("id=\"not-imported\"").contains("MIME_INFO").contains("SERVICE_CLASSIFICATION")
			.contains("1 Angebote und 1 Termine sind bereit");
		assertThat(session.post(preview.uri().getPath(), Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select r.city from offer_run r join offer o on o.id = r.offer_id where o.external_id = ?""")
			.param(p + "LAGER").query(String.class).list()).containsExactly("Hafenstadt");
	}

	@Test
	void unsafeBrokenAndTooLargeFilesAreRefusedWithAClearMessage() {
		HttpSession session = provider();
		HttpResponse<String> xxe = upload(session, PAGE, PAGE, utf8("""
				<?xml version="1.0"?>
				<!DOCTYPE OPENQCAT [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<OPENQCAT><NEW_CATALOG><SERVICE><PRODUCT_ID>&x;</PRODUCT_ID></SERVICE></NEW_CATALOG></OPENQCAT>
				"""), "boese.xml");
		assertThat(xxe.statusCode()).isEqualTo(200);
		assertThat(xxe.body()).contains("Dokumenttypdeklaration (DOCTYPE)").doesNotContain("root:");
		HttpResponse<String> broken = upload(session, PAGE, PAGE, utf8("<?xml version=\"1.0\"?>\n<OPENQCAT>\n<NEW_CATALOG>\n</OPENQCAT>"),
				"kaputt.xml");
		assertThat(broken.body()).contains("ab Zeile 4");
		HttpResponse<String> fifty = upload(session, PAGE + "?lang=en", PAGE, new byte[50 * 1024 * 1024], "huge.xml");
		assertThat(fifty.statusCode()).isEqualTo(303);
		String back = fifty.headers().firstValue("Location").orElseThrow();
		assertThat(back).endsWith(PAGE + "?tooLarge");
		assertThat(session.get(back).body()).contains("This file is too large. An import file may have at most "
				+ ImportLimits.megabytes() + " MB.");
	}

	@Test
	void aPreviewOfAnotherOrganisationIsNotFoundAndOthersCannotImport() {
		HttpSession session = provider();
		HttpResponse<String> preview = previewOf(session, utf8("offer_id;title;short_description;format;time_model\nZ1;A;B;DIGITAL;PART_TIME\n"),
				"a.csv");
		String id = preview.uri().getPath().substring(PAGE.length() + 1);
		HttpSession admin = new HttpSession(port);
		assertThat(admin.signIn("admin@jobcenter-hafenstadt.example", PASSWORD)).isTrue();
		assertThat(admin.get("/manage/jobcenter-hafenstadt/offers/import/" + id).statusCode()).isEqualTo(404);
		admin.get("/manage/jobcenter-hafenstadt/offers/import");
		assertThat(admin.post("/manage/jobcenter-hafenstadt/offers/import/" + id, Map.of()).statusCode()).isEqualTo(404);
		assertThat(admin.get(PAGE).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from offer where external_id = 'Z1'").query(Integer.class).single()).isZero();
		HttpResponse<String> template = session.get(PAGE + "/runs.csv");
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.body()).contains("\"Angebots-ID\";\"Termin-ID\";\"Beginn\"");
	}
}
