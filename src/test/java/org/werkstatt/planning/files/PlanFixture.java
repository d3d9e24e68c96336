package org.werkstatt.planning.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.HttpSession;
import org.werkstatt.planning.plan.Editor;
import org.werkstatt.planning.plan.MeasureForm;
import org.werkstatt.planning.plan.Measures;
import org.werkstatt.planning.plan.PlanForm;
import org.werkstatt.planning.plan.PlanKind;
import org.werkstatt.planning.plan.PlanState;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanVisibility;
import org.werkstatt.platform.files.ImportSizeFilter;

/** Plans and uploads for the tests of this package. */
record PlanFixture(JdbcClient jdbc, PlanStore plans, Measures measures) {

	static final String SLUG = "jobcenter-hafenstadt";
	static final String PLANNER = "planung@jobcenter-hafenstadt.example";
	static final String PASSWORD = "Werkstatt-Demo-2026";
	static final Editor EDITOR = new Editor(null, "Test");

	UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	/** A new plan of the demo jobcenter with a field of action "Junge Menschen". */
	UUID plan(PlanVisibility visibility, PlanState state) {
		UUID plan = plans.create(organisation(SLUG), new PlanForm(PlanKind.LABOUR_MARKET_PROGRAMME,
				"Programm " + UUID.randomUUID().toString().substring(0, 8), "Testplan", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), state, "Trägerversammlung", LocalDate.of(2025, 12, 1), visibility, false));
		plans.addField(plan, "Junge Menschen", "Übergang Schule–Beruf", "unter 25");
		return plan;
	}

	UUID measure(UUID plan, String number, String title, String status) {
		return measures.create(plan, organisation(SLUG), new MeasureForm(number, title, null, null, null, null, null, status,
				null, null, null, null, null), EDITOR);
	}

	int measureCount(UUID plan) {
		return jdbc.sql("select count(*) from measure where plan_id = ?").param(plan).query(Integer.class).single();
	}

	int versionCount(UUID plan) {
		return jdbc.sql("select count(*) from measure_version v join measure m on m.id = v.measure_id where m.plan_id = ?")
			.param(plan)
			.query(Integer.class)
			.single();
	}

	static HttpSession planner(int port) {
		HttpSession session = new HttpSession(port);
		assertThat(session.signIn(PLANNER, PASSWORD)).isTrue();
		return session;
	}

	static String importPage(UUID plan) {
		return "/manage/" + SLUG + "/plans/" + plan + "/import";
	}

	/** Sends a file as the import form does (multipart), with the CSRF token of the given page. */
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
}
