package org.werkstatt.identity.network;

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

/** The public "express interest" form of a network, and the network admins' list of requests. */
class InterestFormTests extends FullStackTest {

	private static final String NETWORK_PAGE = "/o/buendnis-nordufer";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void requestReachesTheNetworkAdminsAndTheirStatusChangeSticks() {
		String name = "Ronja " + UUID.randomUUID();
		HttpSession visitor = new HttpSession(port);
		visitor.get(NETWORK_PAGE);
		HttpResponse<String> sent = visitor.post(NETWORK_PAGE + "/interest", form(name, "ronja@example.org", true));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(visitor.get(NETWORK_PAGE).body()).contains("Vielen Dank");

		HttpSession office = new HttpSession(port);
		office.login("buero@buendnis-nordufer.example", DemoAccounts.PASSWORD);
		HttpResponse<String> list = office.get("/manage/buendnis-nordufer/network");
		assertThat(list.body()).contains(name, "ronja@example.org", "Neu");
		UUID id = jdbc.sql("select id from interest_request where name = ?").param(name).query(UUID.class).single();
		HttpResponse<String> changed = office.post("/manage/buendnis-nordufer/network/requests/" + id,
				Map.of("status", "CONTACTED"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select status from interest_request where id = ?").param(id).query(String.class).single())
			.isEqualTo("CONTACTED");
	}

	@Test
	void malformedEmailIsRefusedWithAMessageAndNothingIsStored() {
		String name = "Malte " + UUID.randomUUID();
		HttpSession visitor = new HttpSession(port);
		visitor.get(NETWORK_PAGE);
		HttpResponse<String> response = visitor.post(NETWORK_PAGE + "/interest", form(name, "malte-at-example", true));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("gültige E-Mail-Adresse", "Bitte prüfen Sie die markierten Felder")
			.contains("value=\"" + name + "\"");
		assertThat(count(name)).isZero();
	}

	@Test
	void withoutConsentNothingIsStored() {
		String name = "Nina " + UUID.randomUUID();
		HttpSession visitor = new HttpSession(port);
		visitor.get(NETWORK_PAGE + "?lang=en");
		HttpResponse<String> response = visitor.post(NETWORK_PAGE + "/interest", form(name, "nina@example.org", false));
		assertThat(response.body()).contains("Please agree so that we may contact you");
		assertThat(count(name)).isZero();
	}

	@Test
	void overlongMessageIsRefusedAndTheTextKept() {
		String name = "Otto " + UUID.randomUUID();
		Map<String, String> form = form(name, "otto@example.org", true);
		form.put("message", "x".repeat(5001));
		HttpSession visitor = new HttpSession(port);
		visitor.get(NETWORK_PAGE + "?lang=da");
		HttpResponse<String> response = visitor.post(NETWORK_PAGE + "/interest", form);
		assertThat(response.body()).contains("Teksten er for lang (højst 5000 tegn)").contains("x".repeat(5001));
		assertThat(count(name)).isZero();
	}

	@Test
	void htmlInTheFormIsShownAsText() {
		HttpSession visitor = new HttpSession(port);
		visitor.get(NETWORK_PAGE);
		HttpResponse<String> response = visitor.post(NETWORK_PAGE + "/interest",
				form("<script>alert(1)</script>", "not-an-email", true));
		assertThat(response.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
	}

	@Test
	void onlyNetworksTakeRequests() {
		HttpSession visitor = new HttpSession(port);
		visitor.get("/o/jobcenter-hafenstadt");
		visitor.get(NETWORK_PAGE);
		assertThat(visitor.post("/o/jobcenter-hafenstadt/interest", form("X", "x@example.org", true)).statusCode())
			.isEqualTo(404);
	}

	private Map<String, String> form(String name, String email, boolean consent) {
		Map<String, String> form = new HashMap<>();
		form.put("name", name);
		form.put("organisationName", "Nachbarschaftsverein");
		form.put("email", email);
		form.put("message", "Wir möchten beim nächsten Werkstatttreffen dabei sein.");
		if (consent) {
			form.put("consent", "true");
		}
		form.put("_consent", "on");
		return form;
	}

	private int count(String name) {
		return jdbc.sql("select count(*) from interest_request where name = ?").param(name).query(Integer.class).single();
	}
}
