package org.werkstatt.identity.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
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
import org.werkstatt.identity.NetworkRequests;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.identity.person.Invitations;

/**
 * The open circle of a network (seed 003): a request gets a confirmation mail in the requester's language;
 * the office admits it with an existing organisation or a new one whose person is invited to set a
 * password through a single-use link that expires.
 */
class AdmissionTests extends FullStackTest {

	private static final String NETWORK = "buendnis-nordufer";
	private static final String OFFICE = "buero@buendnis-nordufer.example";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Invitations invitations;

	@Autowired
	NetworkRequests networkRequests;

	@Test
	void requestGetsAConfirmationMailInTheRequestersLanguage() {
		for (var language : List.of(Map.entry("da", "Din henvendelse til Bündnis"), Map.entry("en", "Your request to Bündnis"),
				Map.entry("de", "Ihre Anfrage an Bündnis"))) {
			String email = "conf-" + language.getKey() + "-" + UUID.randomUUID() + "@example.org";
			request("Rasmus " + UUID.randomUUID(), email, language.getKey());
			List<Map<String, Object>> mails = jdbc.sql("select kind, subject, body, organisation_id from outbox_message where recipient = ?")
				.param(email)
				.query()
				.listOfRows();
			assertThat(mails).hasSize(1);
			assertThat(mails.get(0).get("kind")).isEqualTo("INTEREST_RECEIVED");
			assertThat((String) mails.get(0).get("subject")).startsWith(language.getValue());
			assertThat(mails.get(0).get("organisation_id")).isEqualTo(organisation(NETWORK));
		}
		assertThat(jdbc.sql("select language from interest_request where email like 'conf-da-%'").query(String.class).list())
			.containsOnly("da");
	}

	@Test
	void newRequestsAreCountedPerNetworkForTheStartPage() {
		UUID network = organisation(NETWORK);
		int before = networkRequests.newRequests(List.of(network)).getOrDefault(network, 0);
		request("Zähl " + UUID.randomUUID(), "count-" + UUID.randomUUID() + "@example.org", "de");
		assertThat(networkRequests.newRequests(List.of(network))).containsEntry(network, before + 1);
		assertThat(networkRequests.newRequests(List.of(organisation("jobcenter-hafenstadt")))).isEmpty();
	}

	@Test
	void joiningWithANewOrganisationCreatesItAndInvitesThePersonOnce() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "neu-" + suffix + "@example.org";
		UUID request = request("Nele Neu", email, "en");
		HttpSession office = office();
		String join = "/manage/" + NETWORK + "/network/requests/" + request + "/join";
		HttpResponse<String> page = office.get(join);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"" + email + "\"", "value=\"nachbarschaftsverein\"");

		Map<String, String> form = joinForm("NEW", "Nachbarschaftsverein " + suffix, "verein-" + suffix, email);
		HttpResponse<String> admitted = office.post(join, form);
		assertThat(admitted.statusCode()).isEqualTo(302);

		UUID organisation = organisation("verein-" + suffix);
		assertThat(jdbc.sql("select count(*) from network_member where network_id = ? and member_id = ?")
			.params(organisation(NETWORK), organisation).query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select role from membership m join person p on p.id = m.person_id where p.email = ? and m.organisation_id = ?")
			.params(email, organisation).query(String.class).list()).containsExactly("ORGANISATION_ADMIN");
		assertThat(jdbc.sql("select status from interest_request where id = ?").param(request).query(String.class).single())
			.isEqualTo("JOINED");
		assertThat(jdbc.sql("select preferred_language from person where email = ?").param(email).query(String.class).single())
			.isEqualTo("en");

		String body = jdbc.sql("select body from outbox_message where recipient = ? and kind = 'INVITATION'")
			.param(email).query(String.class).single();
		assertThat(body).contains("Hello Nele Neu", "Nachbarschaftsverein " + suffix);
		Matcher link = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		assertThat(jdbc.sql("select count(*) from invitation where token_hash = ?")
			.param(org.werkstatt.platform.security.SecretToken.hash(token)).query(Integer.class).single()).isOne();

		HttpSession newcomer = new HttpSession(port);
		HttpResponse<String> invitation = newcomer.get("/invitations/" + token + "?lang=en");
		assertThat(invitation.statusCode()).isEqualTo(200);
		assertThat(invitation.body()).contains("Set your password", email);
		HttpResponse<String> weak = newcomer.post("/invitations/" + token,
				Map.of("newPassword", "kurz", "repeatPassword", "kurz"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("newPassword-error");
		HttpResponse<String> set = newcomer.post("/invitations/" + token,
				Map.of("newPassword", "Nordufer-Treffen-2026", "repeatPassword", "Nordufer-Treffen-2026"));
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		assertThat(new HttpSession(port).signIn(email, "Nordufer-Treffen-2026")).isTrue();
		HttpSession again = new HttpSession(port);
		assertThat(again.get("/invitations/" + token).statusCode()).isEqualTo(404);
		again.get("/login");
		assertThat(again.post("/invitations/" + token,
				Map.of("newPassword", "Ganz-anderes-Passwort-1", "repeatPassword", "Ganz-anderes-Passwort-1")).statusCode())
			.isEqualTo(404);
		assertThat(new HttpSession(port).signIn(email, "Ganz-anderes-Passwort-1")).isFalse();
	}

	@Test
	void anExpiredInvitationIsRefused() {
		UUID request = request("Ella Alt", "alt-" + UUID.randomUUID() + "@example.org", "de");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		HttpSession office = office();
		office.get("/manage/" + NETWORK + "/network/requests/" + request + "/join");
		String email = "alt-" + suffix + "@example.org";
		assertThat(office.post("/manage/" + NETWORK + "/network/requests/" + request + "/join",
				joinForm("NEW", "Altverein " + suffix, "altverein-" + suffix, email)).statusCode()).isEqualTo(302);
		UUID person = jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
		Invitations.Issued issued = invitations.issue(person, organisation("altverein-" + suffix), null);
		assertThat(new HttpSession(port).get("/invitations/" + issued.token()).statusCode()).isEqualTo(200);
		jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where person_id = ?").param(person).update();
		HttpResponse<String> expired = new HttpSession(port).get("/invitations/" + issued.token());
		assertThat(expired.statusCode()).isEqualTo(404);
		assertThat(expired.body()).contains("Diese Einladung gilt nicht mehr");
		assertThat(new HttpSession(port).get("/invitations/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void joiningWithAnExistingOrganisationOffersOnlyThoseNotYetMembers() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID outsider = jdbc.sql("insert into organisation (slug, type, name) values (?, 'CIVIL_SOCIETY', ?) returning id")
			.params("draussen-" + suffix, "Draußen e. V. " + suffix).query(UUID.class).single();
		UUID member = organisation("jobcenter-hafenstadt");
		UUID request = request("Erik Existiert", "erik-" + suffix + "@example.org", "de");
		HttpSession office = office();
		String join = "/manage/" + NETWORK + "/network/requests/" + request + "/join";
		String page = office.get(join).body();
		assertThat(page).contains("value=\"" + outsider + "\"").doesNotContain("value=\"" + member + "\"");
		assertThat(office.get("/manage/" + NETWORK + "/network").body()).doesNotContain("<option value=\"" + member + "\"");

		Map<String, String> chooseMember = joinForm("EXISTING", "", "", "");
		chooseMember.put("organisationId", member.toString());
		HttpResponse<String> refused = office.post(join, chooseMember);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("organisationId-error", "noch nicht Mitglied");

		Map<String, String> chooseOutsider = joinForm("EXISTING", "", "", "");
		chooseOutsider.put("organisationId", outsider.toString());
		assertThat(office.post(join, chooseOutsider).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from network_member where network_id = ? and member_id = ?")
			.params(organisation(NETWORK), outsider).query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select status from interest_request where id = ?").param(request).query(String.class).single())
			.isEqualTo("JOINED");
		assertThat(office.get(join).statusCode()).as("a joined request is not admitted again").isEqualTo(404);
		assertThat(office.post(join, chooseOutsider).statusCode()).isEqualTo(404);
	}

	@Test
	void aForgedChoiceIsAFieldErrorNotAServerError() {
		UUID request = request("Fritz Forge", "forge-" + UUID.randomUUID() + "@example.org", "de");
		HttpSession office = office();
		String join = "/manage/" + NETWORK + "/network/requests/" + request + "/join";
		office.get(join);
		for (String field : java.util.List.of("mode", "type", "role")) {
			Map<String, String> form = joinForm("NEW", "Forge e. V.", "forge-" + UUID.randomUUID().toString().substring(0, 8),
					"forge@example.org");
			form.put(field, "FOO");
			HttpResponse<String> refused = office.post(join, form);
			assertThat(refused.statusCode()).as(field).isEqualTo(200);
			assertThat(refused.body()).as(field).contains(field + "-error");
		}
		assertThat(jdbc.sql("select status from interest_request where id = ?").param(request).query(String.class).single())
			.isEqualTo("NEW");
	}

	@Test
	void onlyTheNetworksAdminsReadAnInvitationsLinkOnTheOutbox() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "link-" + suffix + "@example.org";
		UUID request = request("Lina Link", email, "de");
		HttpSession office = office();
		String join = "/manage/" + NETWORK + "/network/requests/" + request + "/join";
		office.get(join);
		assertThat(office.post(join, joinForm("NEW", "Linkverein " + suffix, "link-" + suffix, email)).statusCode())
			.isEqualTo(302);
		UUID moderator = jdbc.sql("select id from person where email = 'moderation@jobcenter-hafenstadt.example'")
			.query(UUID.class).single();
		jdbc.sql("insert into membership (person_id, organisation_id, role) values (?, ?, 'MODERATOR') on conflict do nothing")
			.params(moderator, organisation(NETWORK)).update();

		try {
			String outbox = "/manage/" + NETWORK + "/outbox";
			assertThat(office.get(outbox).body()).contains(email, "/invitations/");
			HttpSession moderation = new HttpSession(port);
			assertThat(moderation.signIn("moderation@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD)).isTrue();
			HttpResponse<String> seen = moderation.get(outbox);
			assertThat(seen.statusCode()).isEqualTo(200);
			assertThat(seen.body()).contains(email, "Ihn sehen nur Personen mit der Rolle Verwaltung")
				.doesNotContain("/invitations/");
		}
		finally {
			jdbc.sql("delete from membership where person_id = ? and organisation_id = ? and role = 'MODERATOR'")
				.params(moderator, organisation(NETWORK)).update();
		}
	}

	@Test
	void aNewOrganisationNeedsItsFieldsAndAFreeShortNameAndKeepsWhatWasTyped() {
		UUID request = request("Fehlt Feld", "feld-" + UUID.randomUUID() + "@example.org", "de");
		HttpSession office = office();
		String join = "/manage/" + NETWORK + "/network/requests/" + request + "/join";
		office.get(join);
		Map<String, String> form = joinForm("NEW", "Getippter Name", "jobcenter-hafenstadt", "kein-mail");
		HttpResponse<String> refused = office.post(join, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("slug-error", "email-error", "value=\"Getippter Name\"");
		assertThat(jdbc.sql("select status from interest_request where id = ?").param(request).query(String.class).single())
			.isEqualTo("NEW");
	}

	@Test
	void anotherNetworksRequestCannotBeAdmitted() {
		UUID request = request("Fremd", "fremd-" + UUID.randomUUID() + "@example.org", "de");
		HttpSession jobcenterAdmin = new HttpSession(port);
		assertThat(jobcenterAdmin.signIn("admin@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD)).isTrue();
		assertThat(jobcenterAdmin.get("/manage/" + NETWORK + "/network/requests/" + request + "/join").statusCode())
			.isEqualTo(404);
	}

	private UUID request(String name, String email, String language) {
		HttpSession visitor = new HttpSession(port);
		visitor.get("/o/" + NETWORK + "?lang=" + language);
		Map<String, String> form = new HashMap<>();
		form.put("name", name);
		form.put("organisationName", "Nachbarschaftsverein");
		form.put("email", email);
		form.put("message", "Wir möchten mitmachen.");
		form.put("consent", "true");
		form.put("_consent", "on");
		assertThat(visitor.post("/o/" + NETWORK + "/interest", form).statusCode()).isEqualTo(302);
		return jdbc.sql("select id from interest_request where email = ?").param(email).query(UUID.class).single();
	}

	private HttpSession office() {
		HttpSession office = new HttpSession(port);
		assertThat(office.signIn(OFFICE, DemoAccounts.PASSWORD)).isTrue();
		return office;
	}

	private static Map<String, String> joinForm(String mode, String name, String slug, String email) {
		Map<String, String> form = new HashMap<>();
		form.put("mode", mode);
		form.put("organisationName", name);
		form.put("slug", slug);
		form.put("type", "CIVIL_SOCIETY");
		form.put("personName", "Nele Neu");
		form.put("email", email);
		form.put("role", "ORGANISATION_ADMIN");
		form.put("organisationId", "");
		return form;
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}
}
