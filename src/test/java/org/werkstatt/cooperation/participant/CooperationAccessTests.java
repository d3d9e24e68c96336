package org.werkstatt.cooperation.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/**
 * The access rule on the running application with the demo: who sees a participant, who gets "not found", and the
 * one access-log entry every request writes (granted or refused, with its reason).
 */
class CooperationAccessTests extends FullStackTest {

	static final String CASEWORKER = "fallmanagement@jobcenter-hafenstadt.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SpecialCategories special;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Entry(long id, boolean granted, String reason, String kind, String route, List<UUID> participantIds) {
	}

	@Test
	void theCoordinatorSeesEveryoneWithConsentWithinTheWindowAndTheListIsLoggedWithItsIds() throws Exception {
		long before = lastId();
		String page = mvc.perform(get(list()).with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Demir, Ayla", "Kovalenko, Olena", "Novak, Jana")
			.doesNotContain("Khalil").doesNotContain("Mendes").doesNotContain("Arslan");
		Entry entry = onlyEntrySince(before);
		assertThat(entry.granted()).isTrue();
		assertThat(entry.kind()).isEqualTo("LIST");
		assertThat(entry.route()).isEqualTo("/work/coop/{agreementId}/participants");
		assertThat(entry.participantIds()).contains(participant("Demir")).doesNotContain(participant("Khalil"));
		assertThat(entry.participantIds()).hasSize(page.split("/participants/").length - 1);
	}

	@Test
	void aListOfOneStatusShowsOnlyItAndTheEntryNamesOnlyTheParticipantsShown() throws Exception {
		List<UUID> ended = jdbc.sql("select id from coop_participant where agreement_id = ? and status = 'ENDED'")
			.param(agreement()).query(UUID.class).list();
		assertThat(ended).isNotEmpty();
		long before = lastId();
		String page = mvc.perform(get(list() + "?status=ENDED").with(as(people, CASEWORKER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Entry entry = onlyEntrySince(before);
		assertThat(entry.kind()).isEqualTo("LIST");
		assertThat(entry.participantIds()).containsExactlyInAnyOrderElementsOf(ended);
		assertThat(page).contains("Arslan").doesNotContain("Demir, Ayla")
			.contains("<option value=\"ENDED\" selected=\"selected\">");

		before = lastId();
		String all = mvc.perform(get(list() + "?status=<script>&page=x").with(as(people, CASEWORKER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(all).as("a status that is none shows everyone").contains("Arslan", "Demir, Ayla").doesNotContain("<script>");
		assertThat(onlyEntrySince(before).participantIds()).hasSize(
				jdbc.sql("select count(*) from coop_participant where agreement_id = ?").param(agreement()).query(Integer.class).single());
	}

	@Test
	void theUnreadMessagesPageNamesOnlyTheParticipantsWithUnreadMessages() throws Exception {
		long before = lastId();
		String page = mvc.perform(get("/work/coop/" + agreement() + "/messages").with(as(people, CASEWORKER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Entry entry = onlyEntrySince(before);
		assertThat(entry.kind()).isEqualTo("LIST");
		int listed = jdbc.sql("select count(*) from coop_participant where agreement_id = ?").param(agreement())
			.query(Integer.class).single();
		assertThat(entry.participantIds()).hasSizeLessThan(listed);
		for (UUID id : entry.participantIds()) {
			assertThat(page).contains(id.toString());
		}
	}

	@Test
	void aMemberOfAnotherOrganisationGetsNotFoundAndARefusedEntry() throws Exception {
		String stranger = newPerson("perspektive-plus", "PROVIDER_STAFF");
		long before = lastId();
		mvc.perform(get(page("Demir")).with(as(people, stranger))).andExpect(status().isNotFound());
		Entry entry = onlyEntrySince(before);
		assertThat(entry.granted()).isFalse();
		assertThat(entry.reason()).isEqualTo("OTHER_ORGANISATION");
		assertThat(entry.route()).isEqualTo("/work/coop/{agreementId}/participants/{participantId}");
		assertThat(entry.participantIds()).containsExactly(participant("Demir"));

		before = lastId();
		mvc.perform(get(page("Demir")).with(as(people, Logins.JOBCENTER_PLANNER))).andExpect(status().isNotFound());
		assertThat(onlyEntrySince(before).reason()).isEqualTo("NO_ROLE");
	}

	@Test
	void anUnassignedProviderCaseworkerGetsNotFoundUntilTheCoordinatorAssignsThem() throws Exception {
		String email = newPerson("bildungswerk-kai", "PROVIDER_STAFF");
		UUID person = jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
		jdbc.sql("insert into agreement_staff (agreement_id, person_id, role, added_by) values (?, ?, 'CASEWORKER', ?)")
			.params(agreement(), person, person).update();
		long before = lastId();
		mvc.perform(get(page("Petrova")).with(as(people, email))).andExpect(status().isNotFound());
		Entry refused = onlyEntrySince(before);
		assertThat(refused.granted()).isFalse();
		assertThat(refused.reason()).isEqualTo("NOT_ASSIGNED");

		before = lastId();
		mvc.perform(post(page("Petrova") + "/caseworkers").param("personIds", person.toString())
			.with(as(people, email)).with(csrf())).andExpect(status().isNotFound());
		assertThat(onlyEntrySince(before).reason()).as("only the coordinator assigns").isEqualTo("NOT_ASSIGNED");

		before = lastId();
		mvc.perform(post(page("Petrova") + "/caseworkers").param("personIds", person.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(onlyEntrySince(before).kind()).isEqualTo("WRITE");

		mvc.perform(get(page("Petrova")).with(as(people, email))).andExpect(status().isOk());
		String list = mvc.perform(get(list()).with(as(people, email))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Petrova").doesNotContain("Demir");
	}

	@Test
	void withdrawalTakesEffectAtOnceForTheProviderNotForTheJobcenter() throws Exception {
		long before = lastId();
		mvc.perform(get(page("Khalil")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		assertThat(onlyEntrySince(before).reason()).isEqualTo("CONSENT_WITHDRAWN");

		mvc.perform(get(page("Haddad")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk());
		UUID consent = jdbc.sql("select id from consent where participant_id = ? and withdrawn_at is null")
			.param(participant("Haddad")).query(UUID.class).single();
		mvc.perform(post(page("Haddad") + "/consents/" + consent + "/withdraw").param("note", "<script>alert(1)</script>")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
		before = lastId();
		mvc.perform(get(page("Haddad")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		Entry entry = onlyEntrySince(before);
		assertThat(entry.granted()).isFalse();
		assertThat(entry.reason()).isEqualTo("CONSENT_WITHDRAWN");
		String jobcenter = mvc.perform(get(page("Haddad")).with(as(people, CASEWORKER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(jobcenter).contains("Haddad");
	}

	@Test
	void afterTheVisibilityPeriodTheProviderGetsNotFound() throws Exception {
		long before = lastId();
		mvc.perform(get(page("Arslan")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		assertThat(onlyEntrySince(before).reason()).isEqualTo("VISIBILITY_ENDED");
		mvc.perform(get(page("Novak")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk());
		mvc.perform(get(page("Arslan")).with(as(people, CASEWORKER))).andExpect(status().isOk());
	}

	@Test
	void specialCategoriesAreSealedInTheDatabaseAndShownOnlyWithConsent() throws Exception {
		byte[] sealed = jdbc.sql("select health_sealed from coop_participant where id = ?").param(participant("Demir"))
			.query(byte[].class).single();
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Rücken");
		assertThat(special.open(participant("Demir"), sealed)).startsWith("Rückenbeschwerden");
		assertThat(mvc.perform(get(page("Demir")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("Rückenbeschwerden");
		assertThat(mvc.perform(get(page("Kovalenko")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).doesNotContain("Rückenbeschwerden");
		// without consent to health, the jobcenter cannot store it
		mvc.perform(post(page("Kovalenko") + "/special").param("health", "Asthma").with(as(people, CASEWORKER)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select health_sealed is null from coop_participant where id = ?").param(participant("Kovalenko"))
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void theJobcenterAssignsAPersonAndBadInputKeepsWhatWasTyped() throws Exception {
		String page = mvc.perform(post(list() + "/new").param("firstName", "<b>Eva</b>").param("lastName", "")
			.param("dateOfBirth", "1990-02-30").param("gender", "WOMAN").param("language", "de")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;b&gt;Eva&lt;/b&gt;").doesNotContain("<b>Eva</b>").contains("kern-error");
		long before = lastId();
		String location = mvc.perform(post(list() + "/new").param("firstName", "Eva").param("lastName", "Testfall")
			.param("dateOfBirth", "1990-02-20").param("gender", "WOMAN").param("language", "de")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		Entry entry = onlyEntrySince(before);
		assertThat(entry.kind()).isEqualTo("WRITE");
		assertThat(entry.participantIds()).containsExactly(participant("Testfall"));
		assertThat(location).doesNotContain("Eva").doesNotContain("1990").endsWith(participant("Testfall").toString());
		// the provider sees nobody without consent
		mvc.perform(get(location).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		// an ended status needs a reason and a destination; participation cannot end from "assigned"
		mvc.perform(post(page("Testfall") + "/status").param("status", "ENDED").param("validFrom", java.time.LocalDate.now().toString())
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().isOk());
		assertThat(jdbc.sql("select status from coop_participant where id = ?").param(participant("Testfall"))
			.query(String.class).single()).isEqualTo("ASSIGNED");
		mvc.perform(post(page("Testfall") + "/status").param("status", "PARTICIPATING").param("validFrom", java.time.LocalDate.now().toString())
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from coop_participant where id = ?").param(participant("Testfall"))
			.query(String.class).single()).isEqualTo("PARTICIPATING");
		// the provider cannot change a status
		mvc.perform(post(page("Demir") + "/status").param("status", "INTERRUPTED").param("reason", "SICKNESS")
			.param("validFrom", java.time.LocalDate.now().toString()).with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyCooperationRouteRefusesAStrangerWithOneRefusedEntry() throws Exception {
		String stranger = newPerson("perspektive-plus", "PROVIDER_STAFF");
		UUID consent = jdbc.sql("select id from consent where participant_id = ? limit 1").param(participant("Kovalenko"))
			.query(UUID.class).single();
		UUID text = jdbc.sql("select id from consent_text limit 1").query(UUID.class).single();
		List<String[]> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/work/coop/")) {
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						routes.add(new String[] { method.name(), pattern });
					}
				}
			}
		});
		assertThat(routes).as("cooperation routes found").hasSizeGreaterThanOrEqualTo(10);
		for (String[] route : routes) {
			String url = route[1].replace("{agreementId}", agreement().toString())
				.replace("{participantId}", participant("Kovalenko").toString())
				.replace("{consentId}", consent.toString())
				.replace("{textId}", text.toString());
			assertThat(url).as(route[1]).doesNotContain("{");
			long before = lastId();
			mvc.perform(request(HttpMethod.valueOf(route[0]), url).with(as(people, stranger)).with(csrf()))
				.andExpect(status().isNotFound());
			Entry entry = onlyEntrySince(before);
			assertThat(entry.granted()).as(route[1]).isFalse();
			assertThat(entry.reason()).as(route[1]).isEqualTo("OTHER_ORGANISATION");
			assertThat(entry.route()).isEqualTo(route[1]);
		}
		assertThat(jdbc.sql("select count(*) from consent where id = ? and withdrawn_at is null").param(consent)
			.query(Integer.class).single()).as("nothing changed").isEqualTo(1);
	}

	// ---- helpers ----

	private UUID agreement() {
		return jdbc.sql("select id from agreement where title = ?").param(CooperationDemo.TITLE).query(UUID.class).single();
	}

	private UUID participant(String lastName) {
		return jdbc.sql("select id from coop_participant where last_name = ?").param(lastName).query(UUID.class).single();
	}

	private String list() {
		return "/work/coop/" + agreement() + "/participants";
	}

	private String page(String lastName) {
		return list() + "/" + participant(lastName);
	}

	private String newPerson(String organisationSlug, String role) {
		String email = "coop-" + UUID.randomUUID() + "@example.org";
		UUID person = jdbc.sql("insert into person (email, name, preferred_language, password_hash) values (?, 'Test Person', 'de', 'x') returning id")
			.param(email).query(UUID.class).single();
		jdbc.sql("insert into membership (person_id, organisation_id, role) select ?, id, ? from organisation where slug = ?")
			.params(person, role, organisationSlug).update();
		return email;
	}

	private long lastId() {
		return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}

	private Entry onlyEntrySince(long before) {
		List<Entry> entries = jdbc.sql("select id, granted, reason, kind, route, participant_ids from access_log where id > ? order by id")
			.param(before)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getString(5),
					Arrays.asList((UUID[]) rs.getArray(6).getArray())))
			.list();
		assertThat(entries).as("exactly one access-log entry per request").hasSize(1);
		return entries.getFirst();
	}
}
