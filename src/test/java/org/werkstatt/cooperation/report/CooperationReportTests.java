package org.werkstatt.cooperation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;
import org.werkstatt.Pdfs;
import org.werkstatt.identity.Logins;

/**
 * The report on the running application: figures generated from recorded participants, modules and attendance with
 * small cells suppressed, missing months named, submission freezing the figures, the officer acknowledging or asking
 * back, the files, who may open what, and the demo's two reports.
 */
class CooperationReportTests extends FullStackTest {

	static final String OFFICER = "bca@jobcenter-hafenstadt.example";
	static final String CASEWORKER = "fallmanagement@jobcenter-hafenstadt.example";
	static final LocalDate Q1 = LocalDate.of(2025, 1, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportGenerator generator;

	@Autowired
	Reports reports;

	UUID agreement;

	/** 7 women (5 completed into employment, 5 with a module, 6 with February submitted), 2 men, 1 non-binary. */
	@BeforeEach
	void agreementWithParticipants() {
		UUID jobcenter = organisation("jobcenter-hafenstadt");
		UUID provider = organisation("bildungswerk-kai");
		UUID admin = person(Logins.JOBCENTER_ADMIN);
		agreement = jdbc.sql("""
				insert into agreement (jobcenter_id, provider_id, title, valid_from, valid_until, status, created_by)
				values (?, ?, ?, date '2025-01-01', date '2099-12-31', 'ACTIVE', ?) returning id""")
			.params(jobcenter, provider, "Berichtstest " + UUID.randomUUID(), admin).query(UUID.class).single();
		jdbc.sql("insert into agreement_staff (agreement_id, person_id, role, added_by) values (?, ?, 'COORDINATOR', ?)")
			.params(agreement, person(Logins.PROVIDER_STAFF), admin).update();
		for (int i = 0; i < 7; i++) {
			boolean ended = i < 5;
			UUID id = participant("WOMAN", LocalDate.of(2000, 1, 1), LocalDate.of(2025, 2, 1), ended ? "ENDED" : "PARTICIPATING",
					ended ? LocalDate.of(2025, 3, 20) : null);
			if (i < 5) {
				jdbc.sql("insert into coop_plan_module (participant_id, name, started_on, completed_on) values (?, 'Bewerbung', date '2025-02-01', date '2025-03-01')")
					.param(id).update();
			}
			if (i < 6) {
				jdbc.sql("insert into coop_attendance_month (participant_id, month, submitted_at, submitted_by) values (?, date '2025-02-01', now(), ?)")
					.params(id, admin).update();
				jdbc.sql("""
						insert into coop_attendance_day (participant_id, day, code)
						select ?, d::date, case when extract(day from d) = 3 then 'SICK' when extract(day from d) = 4 then 'HOLIDAY'
						  else 'PRESENT' end
						from generate_series(date '2025-02-03', date '2025-02-28', interval '1 day') d
						where extract(isodow from d) < 6""").param(id).update();
			}
		}
		participant("MAN", LocalDate.of(1985, 5, 5), LocalDate.of(2025, 2, 10), "PARTICIPATING", null);
		participant("MAN", LocalDate.of(1985, 5, 5), LocalDate.of(2025, 2, 10), "PARTICIPATING", null);
		participant("NON_BINARY", LocalDate.of(1960, 1, 1), LocalDate.of(2025, 1, 15), "PARTICIPATING", null);
		// never started: counts nowhere
		participant("WOMAN", LocalDate.of(1990, 1, 1), null, "ASSIGNED", null);
	}

	@Test
	void theFiguresCountWhatWasRecordedAndHideEveryCellUnderFive() {
		Figures f = generator.generate(agreement, new ReportPeriod(Q1, LocalDate.of(2025, 3, 31)), LocalDate.of(2026, 12, 5));
		assertThat(f.count("participants", "TOTAL")).isEqualTo(10);
		assertThat(f.count("participants", "MAN")).isNull();
		assertThat(f.count("participants", "NON_BINARY")).isNull();
		// women 7 of 10: the hidden men, non-binary and not stated would together be 3, so the women hide too
		assertThat(f.count("participants", "WOMAN")).isNull();
		assertThat(f.count("modules", "TOTAL")).isEqualTo(5);
		assertThat(f.count("exits", "TOTAL")).isEqualTo(5);
		// all five went into employment: the other destinations are 0, so employment would be 5 - 0 and hides too
		assertThat(f.count("dest.EMPLOYMENT", "TOTAL")).isNull();
		assertThat(f.count("dest.UNKNOWN", "TOTAL")).isNull();
		assertThat(f.count("entries", "TOTAL")).isEqualTo(10);
		// 7 of 10 aged 18 to 29: the other age groups would together be 3
		assertThat(f.count("age.AGE_18_29", "TOTAL")).isNull();
		// 20 working days from 3 February, one sick, one holiday: 18 of 19 counted days
		assertThat(f.rates().get("TOTAL")).isEqualTo(94.7);
		assertThat(f.rates().get("MAN")).isNull();
		assertThat(f.missingMonths()).containsExactly("2025-01", "2025-02", "2025-03");
		for (Suppression.Sum sum : ReportLayout.sums()) {
			long hidden = sum.parts().stream().filter(k -> f.counts().get(k) == null).count()
					+ (f.counts().get(sum.total()) == null ? 1 : 0);
			assertThat(hidden).as(sum.toString()).isNotEqualTo(1);
		}
	}

	@Test
	void theProviderSubmitsOnlyWithATextAndConfirmingTheMissingMonthsThenTheFiguresAreFrozen() throws Exception {
		long before = lastLogId();
		String page = mvc.perform(get(reportsPage()).with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt; 5").contains("2025-03").contains("<svg").contains("report-form")
			.doesNotContain("/participants/");
		Map<String, Object> entry = jdbc.sql("select granted, kind, route, cardinality(participant_ids) as ids from access_log where id > ? order by id")
			.param(before).query().singleRow();
		assertThat(entry).containsEntry("granted", true).containsEntry("kind", "READ")
			.containsEntry("route", "/work/coop/{agreementId}/reports").containsEntry("ids", 0);

		String refused = mvc.perform(post("/work/coop/" + agreement + "/reports").param("period", Q1.toString())
			.param("text", "<b>Gutes Quartal</b>").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("&lt;b&gt;Gutes Quartal&lt;/b&gt;").doesNotContain("<b>Gutes Quartal</b>")
			.contains("confirmMissing-error");
		mvc.perform(post("/work/coop/" + agreement + "/reports").param("period", Q1.toString()).param("text", " ")
			.param("confirmMissing", "true").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(reports.ofAgreement(agreement)).isEmpty();
		// the jobcenter reads but does not submit
		mvc.perform(post("/work/coop/" + agreement + "/reports").param("period", Q1.toString()).param("text", "x")
			.param("confirmMissing", "true").with(as(people, CASEWORKER)).with(csrf())).andExpect(status().isNotFound());

		submit("Gutes Quartal", null);
		Reports.Report report = reports.ofAgreement(agreement).getFirst();
		assertThat(report.status()).isEqualTo(Reports.Status.SUBMITTED);
		assertThat(report.text()).isEqualTo("Gutes Quartal");
		assertThat(report.figures().count("participants", "TOTAL")).isEqualTo(10);
		assertThat(report.figures().missingMonths()).hasSize(3);
		assertThat(jdbc.sql("select figures::text from coop_report where id = ?").param(report.id()).query(String.class)
			.single()).contains("\"participants.TOTAL\": 10").contains("\"participants.MAN\": null");
		assertThat(jdbc.sql("select next_report_due from agreement where id = ?").param(agreement)
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 7, 15));
		// the next report (April to June 2025) is due: the coordinator's start page says so
		assertThat(mvc.perform(get("/my-work").with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("/work/coop/" + agreement + "/reports");

		// later data does not change the frozen report
		participant("WOMAN", LocalDate.of(1999, 1, 1), LocalDate.of(2025, 3, 1), "PARTICIPATING", null);
		assertThat(reports.find(report.id()).orElseThrow().figures().count("participants", "TOTAL")).isEqualTo(10);
		String again = mvc.perform(post("/work/coop/" + agreement + "/reports").param("period", Q1.toString())
			.param("text", "Nochmal").param("confirmMissing", "true").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("report-errors").contains("schon ein Bericht eingereicht");
		// a period that is still running cannot be submitted; an unknown period is not found
		mvc.perform(get("/work/coop/" + agreement + "/reports?period=2025-02-01").with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOfficerAsksBackTheProviderAnswersAndTheOfficerAcknowledges() throws Exception {
		submit("Erster Text", null);
		UUID id = reports.ofAgreement(agreement).getFirst().id();
		String list = mvc.perform(get("/work/jobcenter-hafenstadt/reports").with(as(people, OFFICER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("/work/jobcenter-hafenstadt/reports/" + id).doesNotContain("/participants");
		String page = mvc.perform(get("/work/jobcenter-hafenstadt/reports/" + id).with(as(people, OFFICER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Erster Text").contains("&lt; 5").contains("2025-01")
			.doesNotContain("/participants").doesNotContain("/work/coop/").doesNotContain("Testperson");

		String empty = mvc.perform(post("/work/jobcenter-hafenstadt/reports/" + id + "/question").param("question", " ")
			.with(as(people, OFFICER)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("question-error");
		mvc.perform(post("/work/jobcenter-hafenstadt/reports/" + id + "/question").param("question", "Warum fehlen Monate?")
			.with(as(people, OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(reports.find(id).orElseThrow().status()).isEqualTo(Reports.Status.QUESTIONED);

		String provider = mvc.perform(get(reportsPage()).with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(provider).contains("Warum fehlen Monate?").contains("name=\"answer\"");
		String noAnswer = mvc.perform(post("/work/coop/" + agreement + "/reports").param("period", Q1.toString())
			.param("text", "Zweiter Text").param("confirmMissing", "true").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(noAnswer).contains("answer-error").contains("Zweiter Text");
		submit("Zweiter Text", "Die Anwesenheit für März kommt nach.");
		Reports.Report resubmitted = reports.find(id).orElseThrow();
		assertThat(resubmitted.status()).isEqualTo(Reports.Status.SUBMITTED);
		assertThat(resubmitted.text()).isEqualTo("Zweiter Text");
		assertThat(reports.messages(id)).extracting(Reports.Message::kind).containsExactly("SUBMITTED", "QUESTION", "ANSWER");

		mvc.perform(post("/work/jobcenter-hafenstadt/reports/" + id + "/acknowledge").with(as(people, OFFICER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(reports.find(id).orElseThrow().status()).isEqualTo(Reports.Status.ACKNOWLEDGED);
		mvc.perform(post("/work/jobcenter-hafenstadt/reports/" + id + "/acknowledge").with(as(people, OFFICER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(reports.messages(id)).hasSize(4);
	}

	@Test
	void onlyTheOfficerOpensTheOfficersPagesAndTheOfficerNeverTheParticipantSide() throws Exception {
		submit("Text", null);
		UUID id = reports.ofAgreement(agreement).getFirst().id();
		for (String email : List.of(Logins.PROVIDER_STAFF, CASEWORKER, Logins.JOBCENTER_PLANNER)) {
			mvc.perform(get("/work/jobcenter-hafenstadt/reports").with(as(people, email))).andExpect(status().isNotFound());
			mvc.perform(get("/work/jobcenter-hafenstadt/reports/" + id + "/report.csv").with(as(people, email)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/work/bildungswerk-kai/reports/" + id).with(as(people, OFFICER))).andExpect(status().isNotFound());
		mvc.perform(get(reportsPage()).with(as(people, OFFICER))).andExpect(status().isNotFound());
		mvc.perform(get("/work/jobcenter-hafenstadt/reports/" + UUID.randomUUID()).with(as(people, OFFICER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFilesHoldTheSameSuppressedFigures() throws Exception {
		submit("=SUMME(A1) im Text", null);
		UUID id = reports.ofAgreement(agreement).getFirst().id();
		String base = "/work/jobcenter-hafenstadt/reports/" + id + "/report";
		byte[] csv = mvc.perform(get(base + ".csv").with(as(people, OFFICER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").contains("\"< 5\"").contains("\"10\"").contains("'=SUMME(A1) im Text")
			.doesNotContain("Testperson");
		byte[] xlsx = mvc.perform(get(base + ".xlsx").with(as(people, OFFICER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(5);
			var sheet = book.getSheetAt(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Teilnehmende im Zeitraum");
			assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(10);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("< 5");
		}
		byte[] pdf = mvc.perform(get(base + ".pdf").with(as(people, OFFICER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		Path file = Pdfs.save(pdf, "coop-report");
		Pdfs.assertAccessible(file, "Quartalsbericht 01.01.2025 – 31.03.2025", "de");
		assertThat(Pdfs.text(file)).contains("< 5").contains("Teilnehmende im Zeitraum").doesNotContain("Testperson");
		byte[] providerCsv = mvc.perform(get("/work/coop/" + agreement + "/reports/report.csv?period=" + Q1)
			.with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(providerCsv).isEqualTo(csv);
	}

	@Test
	void theDemoHasTwoReportsOneAcknowledged() {
		List<String> statuses = jdbc.sql("""
				select r.status from coop_report r join agreement a on a.id = r.agreement_id
				where a.title like 'MY TURN%' order by r.period_start""").query(String.class).list();
		assertThat(statuses).containsExactly("ACKNOWLEDGED", "SUBMITTED");
	}

	@Test
	void generatingForAThousandParticipantsTakesAFewAggregatesNotALoop() {
		UUID by = person(CASEWORKER);
		jdbc.sql("""
				insert into coop_participant (agreement_id, first_name, last_name, date_of_birth, gender, status, start_date,
				  assigned_by)
				select ?, 'Last', 'Test' || n, date '1980-01-01' + (n * 17 % 12000), (array['WOMAN','MAN','NON_BINARY','NOT_STATED'])[1 + n % 4],
				  'PARTICIPATING', date '2025-01-01' + (n % 80), ?
				from generate_series(1, 1000) n""").params(agreement, by).update();
		jdbc.sql("""
				insert into coop_attendance_day (participant_id, day, code)
				select p.id, d::date, case when extract(day from d)::int % 7 = 0 then 'SICK' else 'PRESENT' end
				from coop_participant p, generate_series(date '2025-01-02', date '2025-03-31', interval '1 day') d
				where p.agreement_id = ? and p.first_name = 'Last' and extract(isodow from d) < 6""").param(agreement).update();
		jdbc.sql("""
				insert into coop_attendance_month (participant_id, month, submitted_at)
				select p.id, m::date, now() from coop_participant p, generate_series(date '2025-01-01', date '2025-03-01', interval '1 month') m
				where p.agreement_id = ? and p.first_name = 'Last'""").param(agreement).update();
		ReportPeriod period = new ReportPeriod(Q1, LocalDate.of(2025, 3, 31));
		generator.generate(agreement, period, LocalDate.of(2026, 12, 5));
		long start = System.nanoTime();
		Figures f = generator.generate(agreement, period, LocalDate.of(2026, 12, 5));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(f.count("participants", "TOTAL")).isEqualTo(1010);
		// under 1 s on a quiet machine; the bound leaves room for a shared build machine
		assertThat(millis).as("generation for 1,000 participants in ms").isLessThan(3000);
		System.out.println("coop-report: generated figures for 1,010 participants in " + millis + " ms");
	}

	private void submit(String text, String answer) throws Exception {
		var request = post("/work/coop/" + agreement + "/reports").param("period", Q1.toString()).param("text", text)
			.param("confirmMissing", "true");
		if (answer != null) {
			request.param("answer", answer);
		}
		mvc.perform(request.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private String reportsPage() {
		return "/work/coop/" + agreement + "/reports?period=" + Q1;
	}

	private UUID participant(String gender, LocalDate born, LocalDate start, String status, LocalDate ended) {
		return jdbc.sql("""
				insert into coop_participant (agreement_id, first_name, last_name, date_of_birth, gender, status, start_date,
				  ended_at, status_reason, exit_destination, assigned_by)
				values (?, 'Eva', 'Testperson', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(agreement, born, gender, status, start, ended, ended == null ? null : "COMPLETED",
					ended == null ? null : "EMPLOYMENT", person(CASEWORKER))
			.query(UUID.class).single();
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	private UUID person(String email) {
		return jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
	}

	private long lastLogId() {
		return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}
}
