package org.werkstatt.cooperation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.Pdfs;
import org.werkstatt.identity.Logins;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The data-protection officer searches the access log, produces a participant's access report and Art. 15
 * export; nobody else opens these pages; every look at the log is itself logged.
 */
class AccessLogPagesTests extends FullStackTest {

	static final String DPO = "datenschutz@jobcenter-hafenstadt.example";
	static final String BASE = "/work/jobcenter-hafenstadt/access-log";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessLog accessLog;

	@LocalServerPort
	int port;

	CoopFixture fixture;
	UUID participant;
	UUID provider;
	UUID staff;

	@BeforeEach
	void participantWithHistory() {
		fixture = new CoopFixture(jdbc);
		UUID agreement = fixture.agreement("jobcenter-hafenstadt", "bildungswerk-kai", LocalDate.of(2026, 1, 1),
				LocalDate.of(2099, 12, 31), "ACTIVE", null, 730);
		participant = fixture.participant(agreement, "Henrike", "PARTICIPATING", null);
		provider = fixture.organisation("bildungswerk-kai");
		staff = fixture.person(Logins.PROVIDER_STAFF);
		accessLog.record(AccessEntry.granted(staff, provider, "PROVIDER_STAFF", AccessKind.READ, List.of(participant),
				"/work/coop/{agreementId}/participants/{id}", "care"));
		accessLog.record(AccessEntry.refused(staff, provider, "PROVIDER_STAFF", AccessKind.READ, List.of(participant),
				"/work/coop/{agreementId}/participants/{id}/plan", "care", "CONSENT_WITHDRAWN"));
	}

	@Test
	void theOfficerFindsAParticipantsEntriesAndTheSearchIsLogged() {
		HttpSession officer = signedIn(DPO);
		HttpResponse<String> page = officer.get(BASE + "?participant=" + participant + "&lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("CONSENT_WITHDRAWN").contains("/work/coop/{agreementId}/participants/{id}/plan")
			.contains("Bildungswerk am Kai").contains("refused").contains("access-report.pdf")
			.doesNotContain("Henrike");
		// the refused-only filter leaves the granted read out
		HttpResponse<String> refused = officer.get(BASE + "?participant=" + participant + "&result=refused&lang=en");
		assertThat(refused.body()).contains("CONSENT_WITHDRAWN")
			.doesNotContain("/work/coop/{agreementId}/participants/{id}</td>");

		UUID dpo = fixture.person(DPO);
		Map<String, Object> logged = jdbc.sql("""
				select kind, purpose, granted, route from access_log where person_id = ? order by id desc limit 1""")
			.param(dpo)
			.query()
			.singleRow();
		assertThat(logged).containsEntry("kind", "LIST").containsEntry("purpose", "dpo-search")
			.containsEntry("granted", true).containsEntry("route", AccessLogPages.SEARCH);
	}

	@Test
	void badInputIsAFieldErrorAndKeepsWhatWasTyped() {
		HttpSession officer = signedIn(DPO);
		HttpResponse<String> page = officer.get(BASE + "?participant=Henrike&from=2026-13-01&lang=de");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Bitte geben Sie eine vollständige ID ein")
			.contains("Bitte wählen Sie einen Tag").contains("value=\"Henrike\"");

		HttpResponse<String> dates = officer.get(BASE + "?from=2026-05-01&to=2026-04-01&lang=da");
		assertThat(dates.body()).contains("Slutningen ligger før starten.");

		HttpResponse<String> script = officer.get(BASE + "?person=%3Cscript%3Ealert(1)%3C/script%3E&lang=en");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
	}

	@Test
	void aParticipantOfAnotherJobcenterIsRefusedAndThatIsLogged() {
		UUID foreign = UUID.randomUUID();
		HttpSession officer = signedIn(DPO);
		HttpResponse<String> page = officer.get(BASE + "?participant=" + foreign + "&lang=en");
		assertThat(page.body()).contains("This id belongs to no participation of your jobcenter");
		assertThat(officer.getBytes(BASE + "/participants/" + foreign + "/data-export.json").statusCode())
			.isEqualTo(404);
		assertThat(jdbc.sql("""
				select count(*) from access_log_participant ap join access_log l on l.id = ap.entry_id
				 where ap.participant_id = ? and not l.granted and l.reason = 'OTHER_ORGANISATION'""")
			.param(foreign).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void nobodyButTheOfficerOpensThePages() {
		for (String email : List.of(Logins.PROVIDER_STAFF, "fallmanagement@jobcenter-hafenstadt.example",
				Logins.JOBCENTER_ADMIN, "bca@jobcenter-hafenstadt.example")) {
			HttpSession other = signedIn(email);
			assertThat(other.get(BASE).statusCode()).as(email).isEqualTo(404);
			assertThat(other.get(BASE + "/chain").statusCode()).as(email).isEqualTo(404);
			assertThat(other.getBytes(BASE + "/participants/" + participant + "/access-report.json").statusCode())
				.as(email).isEqualTo(404);
			assertThat(other.getBytes(BASE + "/participants/" + participant + "/data-export.json").statusCode())
				.as(email).isEqualTo(404);
		}
		HttpSession anonymous = new HttpSession(port);
		assertThat(anonymous.get(BASE).statusCode()).isIn(302, 401, 404);
		assertThat(signedIn(DPO).get(BASE).statusCode()).isEqualTo(200);
	}

	@Test
	void accessReportAsJsonAndPdfAndTheArt15Export() throws Exception {
		HttpSession officer = signedIn(DPO);
		HttpResponse<byte[]> json = officer.getBytes(BASE + "/participants/" + participant + "/access-report.json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		String report = new String(json.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(report).contains("\"reason\":\"CONSENT_WITHDRAWN\"").contains("\"organisation\":\"Bildungswerk am Kai gGmbH\"")
			.contains("\"kind\":\"READ\"");

		HttpResponse<byte[]> pdf = officer.getBytes(BASE + "/participants/" + participant + "/access-report.pdf?lang=en");
		assertThat(pdf.statusCode()).isEqualTo(200);
		Path file = Pdfs.save(pdf.body(), "access-report.pdf");
		assertThat(Pdfs.text(file)).contains("Access report").contains("CONSENT_WITHDRAWN").contains(participant.toString());

		HttpResponse<byte[]> export = officer.getBytes(BASE + "/participants/" + participant + "/data-export.json");
		assertThat(export.statusCode()).isEqualTo(200);
		String everything = new String(export.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(everything).contains("\"first_name\":\"Henrike\"").contains("\"date_of_birth\":\"1990-04-01\"")
			.contains("\"consent\":[").contains("\"coop_participant_status\":[").contains("\"given_how\":\"PAPER\"")
			.contains("\"accessLog\":[");

		// each file is an export entry of the officer
		assertThat(jdbc.sql("""
				select count(*) from access_log_participant ap join access_log l on l.id = ap.entry_id
				 where ap.participant_id = ? and l.kind = 'EXPORT' and l.person_id = ? and l.granted""")
			.params(participant, fixture.person(DPO)).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void theChainPageVerifies() {
		HttpSession officer = signedIn(DPO);
		assertThat(officer.get(BASE + "/chain?lang=en").body()).contains("Not verified since this server started");
		HttpResponse<String> verified = officer.post(BASE + "/chain", Map.of());
		assertThat(verified.statusCode()).isEqualTo(302);
		assertThat(officer.get(BASE + "/chain?lang=en").body()).contains("The chain is intact");
	}

	@Test
	void theOfficersStartPageLinksTheAccessLog() {
		HttpSession officer = signedIn(DPO);
		String myWork = officer.get("/my-work?lang=en").body();
		assertThat(myWork).contains("href=\"" + BASE + "\"").doesNotContain("The access log of participant data comes");
	}

	private HttpSession signedIn(String email) {
		HttpSession session = new HttpSession(port);
		assertThat(session.signIn(email, DemoAccounts.PASSWORD)).isTrue();
		return session;
	}
}
