package org.werkstatt.workshop.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.Logins;
import org.werkstatt.platform.security.SecretToken;

/** People register, wait, move up and cancel; organisers see and export the list; mails wait in the outbox. */
class RegistrationTests extends FullStackTest {

	private static final Pattern CANCEL = Pattern.compile("/registrations/([A-Za-z0-9_-]{43})/cancel");
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	@LocalServerPort
	int port;

	@Test
	void registersUntilFullThenPutsOnTheWaitingListAndSaysSo() throws Exception {
		UUID event = eventWithRegistration("2", LocalDateTime.now().plusDays(30));
		register(event, "Ada Aksoy", "ada@example.org").andExpect(content().string(Matchers.containsString("Sie sind angemeldet.")));
		register(event, "Bo Berg", "bo@example.org").andExpect(content().string(Matchers.containsString("Sie sind angemeldet.")));
		mvc.perform(get("/events/" + event)).andExpect(content().string(Matchers.containsString("Alle 2 Plätze sind vergeben")))
			.andExpect(content().string(Matchers.containsString("Auf die Warteliste setzen")));
		register(event, "Cem Can", "cem@example.org")
			.andExpect(content().string(Matchers.containsString("Sie stehen auf der Warteliste.")));
		assertThat(statusOf(event, "ada@example.org")).isEqualTo("CONFIRMED");
		assertThat(statusOf(event, "cem@example.org")).isEqualTo("WAITING");
		assertThat(kindsMailedTo(event, "cem@example.org")).containsExactly("WAITING");
		assertThat(kindsMailedTo(event, "ada@example.org")).containsExactly("CONFIRMATION");
	}

	@Test
	void theSameEmailTwiceGetsAClearAnswerAndChangesNothing() throws Exception {
		UUID event = eventWithRegistration("5", LocalDateTime.now().plusDays(30));
		register(event, "Dana Dahl", "dana@example.org").andExpect(status().isOk());
		register(event, "Dana D.", "DANA@example.org")
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("schon jemand für diese Veranstaltung angemeldet")))
			.andExpect(content().string(Matchers.containsString("value=\"Dana D.\"")));
		assertThat(count(event)).isEqualTo(1);
		assertThat(kindsMailedTo(event, "dana@example.org")).hasSize(1);
	}

	@Test
	void theAnswerComesInTheVisitorsLanguage() throws Exception {
		UUID event = eventWithRegistration("1", LocalDateTime.now().plusDays(30));
		register(event, "Erik Ek", "erik@example.org");
		mvc.perform(post("/events/" + event + "/registrations").param("lang", "da").param("name", "Erik")
			.param("email", "erik@example.org").param("consent", "true").with(csrf()))
			.andExpect(content().string(Matchers.containsString("Der er allerede en tilmelding")));
		mvc.perform(post("/events/" + event + "/registrations").param("lang", "en").param("name", "Fay")
			.param("email", "fay@example.org").param("consent", "true").with(csrf()))
			.andExpect(content().string(Matchers.containsString("You are on the waiting list.")));
		String mail = jdbc.sql("select subject from outbox_message where event_id = ? and recipient = 'fay@example.org'")
			.param(event).query(String.class).single();
		assertThat(mail).startsWith("Waiting list: ");
	}

	@Test
	void mailLinksUseTheSitesAddressNeverTheRequestsHostHeader() throws Exception {
		UUID event = eventWithRegistration("5", LocalDateTime.now().plusDays(30));
		mvc.perform(post("/events/" + event + "/registrations").param("name", "Gina").param("email", "gina@example.org")
			.param("consent", "true").header("Host", "evil.example").with(request -> {
				request.setServerName("evil.example");
				return request;
			}).with(csrf()));
		String body = jdbc.sql("select body from outbox_message where event_id = ? and recipient = 'gina@example.org'")
			.param(event).query(String.class).single();
		assertThat(body).doesNotContain("evil.example").contains("http://localhost:8080/registrations/");
	}

	@Test
	void withoutConsentNothingIsStoredAndWhatWasTypedStays() throws Exception {
		UUID event = eventWithRegistration("5", LocalDateTime.now().plusDays(30));
		mvc.perform(post("/events/" + event + "/registrations").param("name", "Gül Gök").param("email", "gul@example.org")
			.param("note", "Rampe am Eingang").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Bitte stimmen Sie zu")))
			.andExpect(content().string(Matchers.containsString("Rampe am Eingang")));
		assertThat(count(event)).isZero();
	}

	@Test
	void aClosedRegistrationTakesNobody() throws Exception {
		UUID event = eventWithRegistration("5", LocalDateTime.now().plusDays(30));
		mvc.perform(post("/manage/jobcenter-hafenstadt/events/" + event + "/registrations").param("capacity", "5")
			.with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()));
		mvc.perform(get("/events/" + event)).andExpect(content().string(Matchers.not(Matchers.containsString("id=\"register\""))));
		register(event, "Hal Holm", "hal@example.org")
			.andExpect(content().string(Matchers.containsString("Die Anmeldung ist geschlossen.")));
		assertThat(count(event)).isZero();
	}

	@Test
	void cancellingMovesTheFirstWaitingUpAndMailsThem() throws Exception {
		UUID event = eventWithRegistration("1", LocalDateTime.now().plusDays(30));
		String first = cancelPath(register(event, "Ina Ivers", "ina@example.org"));
		register(event, "Jan Juhl", "jan@example.org");
		register(event, "Kai Kern", "kai@example.org");

		mvc.perform(get(first)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ina Ivers")))
			.andExpect(content().string(Matchers.containsString("Ja, Anmeldung stornieren")));
		assertThat(statusOf(event, "ina@example.org")).as("a GET cancels nothing").isEqualTo("CONFIRMED");
		mvc.perform(post(first).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(statusOf(event, "ina@example.org")).isEqualTo("CANCELLED");
		assertThat(statusOf(event, "jan@example.org")).isEqualTo("CONFIRMED");
		assertThat(statusOf(event, "kai@example.org")).isEqualTo("WAITING");
		assertThat(kindsMailedTo(event, "jan@example.org")).containsExactly("WAITING", "MOVED_UP");
		assertThat(kindsMailedTo(event, "kai@example.org")).containsExactly("WAITING");

		mvc.perform(post(first).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(event, "kai@example.org")).as("a second cancel moves nobody else up").isEqualTo("WAITING");
		mvc.perform(get(first)).andExpect(content().string(Matchers.containsString("Diese Anmeldung ist storniert.")));
	}

	@Test
	void raisingTheCapacityMovesTheWaitingUpInTheirOrder() throws Exception {
		UUID event = eventWithRegistration("1", LocalDateTime.now().plusDays(30));
		register(event, "Ada Arp", "ada@example.org");
		register(event, "Bo Berg", "bo@example.org");
		register(event, "Cy Carl", "cy@example.org");
		register(event, "Di Dahl", "di@example.org");
		assertThat(statusOf(event, "bo@example.org")).isEqualTo("WAITING");
		mvc.perform(post("/manage/jobcenter-hafenstadt/events/" + event + "/registrations").param("registrationOpen", "true")
			.param("capacity", "3").param("closesAt", "").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(event, "bo@example.org")).isEqualTo("CONFIRMED");
		assertThat(statusOf(event, "cy@example.org")).isEqualTo("CONFIRMED");
		assertThat(statusOf(event, "di@example.org")).as("the fourth still waits").isEqualTo("WAITING");
		assertThat(kindsMailedTo(event, "bo@example.org")).containsExactly("WAITING", "MOVED_UP");
		assertThat(kindsMailedTo(event, "di@example.org")).containsExactly("WAITING");
	}

	@Test
	void aCapacityIsReadInTheReadersLanguage() throws Exception {
		UUID event = eventWithRegistration("10", LocalDateTime.now().plusDays(30));
		String english = mvc.perform(post("/manage/jobcenter-hafenstadt/events/" + event + "/registrations")
			.param("registrationOpen", "true").param("capacity", "1,5").param("closesAt", "")
			.cookie(new jakarta.servlet.http.Cookie("WERKSTATT_LANG", "en"))
			.with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("did you mean 1.5 or 15?", "value=\"1,5\"");
		mvc.perform(post("/manage/jobcenter-hafenstadt/events/" + event + "/registrations").param("registrationOpen", "true")
			.param("capacity", "1.200").param("closesAt", "").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select capacity from event where id = ?").param(event).query(Integer.class).single()).isEqualTo(1200);
	}

	@Test
	void aForgedCancelTokenFindsNothingAndChangesNothing() throws Exception {
		UUID event = eventWithRegistration("3", LocalDateTime.now().plusDays(30));
		String real = cancelPath(register(event, "Lia Lund", "lia@example.org"));
		String forged = real.substring(0, 20) + (real.charAt(20) == 'A' ? 'B' : 'A') + real.substring(21);
		mvc.perform(get(forged)).andExpect(status().isNotFound());
		mvc.perform(post(forged).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/registrations/" + "x".repeat(500) + "/cancel").with(csrf())).andExpect(status().isNotFound());
		assertThat(statusOf(event, "lia@example.org")).isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select count(*) from registration where cancel_token_hash = ?")
			.param(SecretToken.hash(real.split("/")[2])).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from registration r where encode(cancel_token_hash, 'escape') like ?")
			.param("%" + real.split("/")[2] + "%").query(Integer.class).single()).as("the token itself is not stored").isZero();
	}

	@Test
	void theOrganiserSeesTheListAndExportsItWithoutFormulas() throws Exception {
		UUID event = eventWithRegistration("1", LocalDateTime.now().plusDays(30));
		register(event, "=HYPERLINK(\"http://evil.example\";\"klick\")", "mo@example.org");
		mvc.perform(post("/events/" + event + "/registrations").param("name", "Nia Nord").param("email", "nia@example.org")
			.param("note", "+49 40 1234; Rollstuhl").param("consent", "true").with(csrf()));
		String list = "/manage/jobcenter-hafenstadt/events/" + event + "/registrations";
		mvc.perform(get(list).with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("nia@example.org")))
			.andExpect(content().string(Matchers.containsString("id=\"table-WAITING\"")));
		byte[] csv = mvc.perform(get(list + ".csv").with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("\"bestätigt\";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klick\"\")\";\"mo@example.org\"")
			.contains("\"auf der Warteliste\";\"Nia Nord\";\"nia@example.org\";\"'+49 40 1234; Rollstuhl\"")
			.doesNotContain(";\"=").doesNotContain(";\"+");
	}

	@Test
	void onlyTheOrganisersSeeWhoRegistered() throws Exception {
		UUID event = eventWithRegistration("3", LocalDateTime.now().plusDays(30));
		String list = "/manage/jobcenter-hafenstadt/events/" + event + "/registrations";
		mvc.perform(get(list).with(as(people, "fallmanagement@jobcenter-hafenstadt.example"))).andExpect(status().isForbidden());
		mvc.perform(get(list + ".csv").with(as(people, "fallmanagement@jobcenter-hafenstadt.example"))).andExpect(status().isForbidden());
		mvc.perform(get(list).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		mvc.perform(get("/manage/buendnis-nordufer/events/" + event + "/registrations").with(as(people, Logins.NETWORK_ADMIN)))
			.andExpect(status().isNotFound());
		mvc.perform(get(list)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aCoOrganiserIsShownAndManagesTheEventUntilRemoved() throws Exception {
		UUID event = eventWithRegistration("3", LocalDateTime.now().plusDays(30));
		UUID network = jdbc.sql("select id from organisation where slug = 'buendnis-nordufer'").query(UUID.class).single();
		String editor = "/manage/jobcenter-hafenstadt/events/" + event;
		mvc.perform(post(editor + "/co-organisers").param("coOrganiser", network.toString())
			.with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/events/" + event)).andExpect(content().string(Matchers.containsString("Mitveranstalter")))
			.andExpect(content().string(Matchers.containsString("Bündnis für Arbeit Nordufer")));

		String asNetwork = "/manage/buendnis-nordufer/events/" + event;
		mvc.perform(get(asNetwork + "/registrations").with(as(people, Logins.NETWORK_ADMIN))).andExpect(status().isOk());
		mvc.perform(get(asNetwork).with(as(people, Logins.NETWORK_ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/manage/buendnis-nordufer/events").with(as(people, Logins.NETWORK_ADMIN)))
			.andExpect(content().string(Matchers.containsString(event.toString())));
		mvc.perform(post(asNetwork + "/co-organisers/" + network + "/remove").with(as(people, Logins.NETWORK_ADMIN)).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post(editor + "/co-organisers/" + network + "/remove").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(asNetwork + "/registrations").with(as(people, Logins.NETWORK_ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void unsentMailsWaitInTheOrganisersOutbox() throws Exception {
		UUID event = eventWithRegistration("3", LocalDateTime.now().plusDays(30));
		register(event, "Ole Ohm", "ole@example.org");
		mvc.perform(get("/manage/jobcenter-hafenstadt/outbox").with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Es ist kein Mailserver eingerichtet")))
			.andExpect(content().string(Matchers.containsString("ole@example.org")))
			.andExpect(content().string(Matchers.matchesPattern("(?s).*http://localhost:8080/registrations/[A-Za-z0-9_-]{43}/cancel.*")));
		mvc.perform(get("/manage/buendnis-nordufer/outbox").with(as(people, Logins.NETWORK_ADMIN)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("ole@example.org"))));
	}

	@Test
	void aReminderGoesOnceToConfirmedPeopleWithinTheDayBefore() throws Exception {
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Berlin")).plusHours(30).truncatedTo(ChronoUnit.MINUTES);
		UUID event = eventWithRegistration("1", start);
		register(event, "Pia Paulsen", "pia@example.org");
		register(event, "Quinn Quist", "quinn@example.org");
		Instant now = Instant.now();
		reminders.remind(now);
		assertThat(kindsMailedTo(event, "pia@example.org")).as("30 hours before: not yet").containsExactly("CONFIRMATION");

		reminders.remind(now.plus(7, ChronoUnit.HOURS));
		assertThat(kindsMailedTo(event, "pia@example.org")).containsExactly("CONFIRMATION", "REMINDER");
		assertThat(kindsMailedTo(event, "quinn@example.org")).as("waiting: no reminder").containsExactly("WAITING");
		reminders.remind(now.plus(8, ChronoUnit.HOURS));
		assertThat(kindsMailedTo(event, "pia@example.org")).as("only once").containsExactly("CONFIRMATION", "REMINDER");
	}

	@Test
	void manyAtOnceNeverGetMorePlacesThanThereAre() throws Exception {
		UUID event = eventWithRegistration("5", LocalDateTime.now().plusDays(30));
		List<Callable<Integer>> visitors = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			int n = i;
			visitors.add(() -> {
				HttpSession visitor = new HttpSession(port);
				visitor.get("/events/" + event);
				HttpResponse<String> response = visitor.post("/events/" + event + "/registrations",
						Map.of("name", "Person " + n, "email", "p" + n + "@example.org", "consent", "true"));
				return response.statusCode();
			});
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (var result : pool.invokeAll(visitors)) {
				assertThat(result.get()).isEqualTo(200);
			}
		}
		assertThat(jdbc.sql("select count(*) from registration where event_id = ? and status = 'CONFIRMED'").param(event)
			.query(Integer.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from registration where event_id = ? and status = 'WAITING'").param(event)
			.query(Integer.class).single()).isEqualTo(11);
	}

	@Test
	void theDemoHasAFullCitizenDialogueWithAWaitingList() throws Exception {
		UUID event = jdbc.sql("select id from event where title = ?").param(DemoRegistrations.TITLE).query(UUID.class).single();
		assertThat(jdbc.sql("select status, count(*) from registration where event_id = ? group by status order by status")
			.param(event).query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list())
			.containsExactly("CONFIRMED=12", "WAITING=3");
		mvc.perform(get("/events/" + event))
			.andExpect(content().string(Matchers.containsString("Alle 12 Plätze sind vergeben")))
			.andExpect(content().string(Matchers.containsString("Stadt Hafenstadt")));
	}

	private UUID eventWithRegistration(String capacity, LocalDateTime start) throws Exception {
		String title = "Infoveranstaltung " + UUID.randomUUID();
		mvc.perform(post("/manage/jobcenter-hafenstadt/events/new").param("format", "INFO_EVENT").param("title", title)
			.param("startsAt", LOCAL.format(start)).param("endsAt", LOCAL.format(start.plusHours(2)))
			.param("venueName", "Jobcenter, Raum 1").param("visibility", "PUBLIC").param("seriesId", "")
			.with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID id = jdbc.sql("select id from event where title = ?").param(title).query(UUID.class).single();
		mvc.perform(post("/manage/jobcenter-hafenstadt/events/" + id + "/registrations").param("registrationOpen", "true")
			.param("capacity", capacity).param("closesAt", "").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return id;
	}

	private org.springframework.test.web.servlet.ResultActions register(UUID event, String name, String email) throws Exception {
		return mvc.perform(post("/events/" + event + "/registrations").param("name", name).param("email", email)
			.param("consent", "true").with(csrf()));
	}

	private static String cancelPath(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		Matcher matcher = CANCEL.matcher(result.andReturn().getResponse().getContentAsString());
		assertThat(matcher.find()).as("cancel link on the confirmation page").isTrue();
		return matcher.group();
	}

	private String statusOf(UUID event, String email) {
		return jdbc.sql("select status from registration where event_id = ? and email = ? order by created_at desc limit 1")
			.params(event, email).query(String.class).single();
	}

	private int count(UUID event) {
		return jdbc.sql("select count(*) from registration where event_id = ?").param(event).query(Integer.class).single();
	}

	private List<String> kindsMailedTo(UUID event, String email) {
		return jdbc.sql("select kind from outbox_message where event_id = ? and recipient = ? order by created_at, kind")
			.params(event, email).query(String.class).list();
	}
}
