package org.werkstatt.identity.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.demo.DemoAccounts;

/** Bad input on the admin forms gets a clear answer next to the field, keeps what was typed, stores nothing. */
class BadInputTests extends FullStackTest {

	private static final String MEMBERS = "/manage/jobcenter-hafenstadt/members";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void duplicateEmailIsRefused() {
		HttpSession admin = admin();
		HttpResponse<String> response = admin.post(MEMBERS + "/new",
				person("Zweite Alex", "ADMIN@jobcenter-hafenstadt.example", "a long enough passphrase"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Für diese E-Mail-Adresse gibt es schon ein Konto").contains("Zweite Alex");
		assertThat(jdbc.sql("select count(*) from person where name = 'Zweite Alex'").query(Integer.class).single()).isZero();
	}

	@Test
	void weakPasswordIsRefusedAndNeverEchoed() {
		String email = "weak-" + UUID.randomUUID() + "@example.org";
		HttpResponse<String> response = admin().post(MEMBERS + "/new", person("Weak Walter", email, "passwort1234"));
		assertThat(response.body()).contains("zu leicht zu erraten").contains(email).doesNotContain("passwort1234");
		assertThat(countEmail(email)).isZero();
	}

	@Test
	void overlongNameIsRefused() {
		String email = "long-" + UUID.randomUUID() + "@example.org";
		HttpResponse<String> response = admin().post(MEMBERS + "/new", person("N".repeat(201), email, "a long enough passphrase"));
		assertThat(response.body()).contains("höchstens 200 Zeichen");
		assertThat(countEmail(email)).isZero();
	}

	@Test
	void personAndRoleAreCreatedTogether() {
		String email = "new-" + UUID.randomUUID() + "@example.org";
		HttpResponse<String> response = admin().post(MEMBERS + "/new", person("Neue Nele", email, "a long enough passphrase"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from membership m join person p on p.id = m.person_id where p.email = ? and role = 'PLANNER'")
			.param(email).query(Integer.class).single()).isEqualTo(1);
		assertThat(new HttpSession(port).signIn(email, "a long enough passphrase")).isTrue();
	}

	@Test
	void unknownRoleValueGetsAMessageNotAnError() {
		String email = "role-" + UUID.randomUUID() + "@example.org";
		Map<String, String> form = person("Rolf Rolle", email, "a long enough passphrase");
		form.put("role", "SUPREME_LEADER");
		HttpResponse<String> response = admin().post(MEMBERS + "/new", form);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Dieser Wert ist hier nicht möglich");
		assertThat(countEmail(email)).isZero();
	}

	@Test
	void forgedCsrfTokenIsRefusedAndNothingStored() {
		HttpSession admin = admin();
		String email = "forged-" + UUID.randomUUID() + "@example.org";
		Map<String, String> form = person("Fritz Fälschung", email, "a long enough passphrase");
		form.put("_csrf", "forged-token");
		HttpResponse<String> response = admin.postRaw(MEMBERS + "/new", form);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Kein Zugriff").doesNotContain("Exception");
		assertThat(countEmail(email)).isZero();
	}

	@Test
	void unknownLanguageChangesNothingAndSaysSo() {
		HttpSession visitor = new HttpSession(port);
		HttpResponse<String> response = visitor.get("/?lang=klingon");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Diese Sprache gibt es hier nicht").contains("lang=\"de\"");
		visitor.get("/?lang=da");
		assertThat(visitor.get("/?lang=xx").body()).contains("Dette sprog findes ikke her");
	}

	@Test
	void errorPagesShowNoInternals() {
		HttpSession visitor = new HttpSession(port);
		HttpResponse<String> notFound = visitor.get("/o/does-not-exist");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("Seite nicht gefunden").doesNotContain("Exception").doesNotContain("at org.");
		HttpResponse<String> badUuid = admin().post("/manage/jobcenter-hafenstadt/members/revoke",
				Map.of("personId", "not-a-uuid", "role", "PLANNER"));
		assertThat(badUuid.statusCode()).isEqualTo(400);
		assertThat(badUuid.body()).contains("Das hat nicht geklappt").doesNotContain("Exception");
	}

	private HttpSession admin() {
		HttpSession admin = new HttpSession(port);
		admin.login("admin@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		admin.get(MEMBERS);
		return admin;
	}

	private Map<String, String> person(String name, String email, String password) {
		Map<String, String> form = new HashMap<>();
		form.put("name", name);
		form.put("email", email);
		form.put("preferredLanguage", "de");
		form.put("password", password);
		form.put("role", "PLANNER");
		return form;
	}

	private int countEmail(String email) {
		return jdbc.sql("select count(*) from person where email = ?").param(email).query(Integer.class).single();
	}
}
