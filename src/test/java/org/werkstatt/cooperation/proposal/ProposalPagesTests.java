package org.werkstatt.cooperation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/**
 * Proposals on the running application with the demo: the provider proposes, the jobcenter decides and the change
 * is applied; supersession, withdrawal, the refusals (ended participation, the wrong side, a stranger) and the one
 * access-log entry per request; the start pages' inbox.
 */
class ProposalPagesTests extends FullStackTest {

	static final String CASEWORKER = "fallmanagement@jobcenter-hafenstadt.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProviderProposesAnExtensionWhichSupersedesTheOpenOneAndTheJobcenterApprovesIt() throws Exception {
		UUID demir = participant("Demir");
		UUID older = openProposal(demir, "EXTEND");
		LocalDate newEnd = LocalDate.now().plusDays(150);
		long before = lastLogId();
		mvc.perform(post(proposals(demir)).param("kind", "EXTEND").param("reason", "<script>alert(1)</script> Prüfung im Frühjahr")
			.param("newDate", newEnd.toString()).with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(logSince(before)).as("one access-log entry").containsExactly("true WRITE " + demir);
		assertThat(statusOf(older)).isEqualTo("SUPERSEDED");
		UUID newer = openProposal(demir, "EXTEND");
		assertThat(jdbc.sql("select superseded_by from coop_proposal where id = ?").param(older).query(UUID.class).single())
			.isEqualTo(newer);

		String page = mvc.perform(get(proposals(demir)).with(as(people, CASEWORKER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>alert(1)");

		// the provider cannot decide
		before = lastLogId();
		mvc.perform(post(proposals(demir) + "/decision").param("proposalId", newer.toString()).param("decision", "APPROVE")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().isNotFound());
		assertThat(logSince(before)).containsExactly("false WRITE " + demir);
		assertThat(statusOf(newer)).isEqualTo("OPEN");

		// a rejection without a reason is refused and keeps the page
		String refused = mvc.perform(post(proposals(demir) + "/decision").param("proposalId", newer.toString()).param("decision", "REJECT")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(statusOf(newer)).isEqualTo("OPEN");
		assertThat(refused).contains("Begründen Sie die Ablehnung").containsPattern("value=\"REJECT\"[^>]*checked");

		before = lastLogId();
		mvc.perform(post(proposals(demir) + "/decision").param("proposalId", newer.toString()).param("decision", "APPROVE")
			.param("note", "Einverstanden").with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(logSince(before)).containsExactly("true WRITE " + demir);
		assertThat(statusOf(newer)).isEqualTo("APPROVED");
		assertThat(jdbc.sql("select planned_end_date from coop_participant where id = ?").param(demir).query(LocalDate.class)
			.single()).isEqualTo(newEnd);

		// decided: neither decided again nor withdrawn
		mvc.perform(post(proposals(demir) + "/withdraw").param("proposalId", newer.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(newer)).isEqualTo("APPROVED");
	}

	@Test
	void anApprovedEndEndsTheParticipationWithTheStatusModel() throws Exception {
		UUID ahmadi = participant("Ahmadi");
		mvc.perform(post(proposals(ahmadi)).param("kind", "END").param("reason", "Arbeitsvertrag ab Montag")
			.param("newDate", LocalDate.now().toString()).with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(count(ahmadi)).as("reason and destination missing: nothing stored").isZero();
		mvc.perform(post(proposals(ahmadi)).param("kind", "END").param("reason", "Arbeitsvertrag ab Montag")
			.param("newDate", LocalDate.now().toString()).param("endReason", "COMPLETED").param("endDestination", "EMPLOYMENT")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		UUID end = openProposal(ahmadi, "END");
		mvc.perform(post(proposals(ahmadi) + "/decision").param("proposalId", end.toString()).param("decision", "APPROVE")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status || ' ' || status_reason || ' ' || exit_destination from coop_participant where id = ?")
			.param(ahmadi).query(String.class).single()).isEqualTo("ENDED COMPLETED EMPLOYMENT");
		assertThat(jdbc.sql("select count(*) from coop_participant_status where participant_id = ? and status = 'ENDED'")
			.param(ahmadi).query(Integer.class).single()).isEqualTo(1);

		// now ended: a new proposal is refused with a clear message, nothing stored
		String page = mvc.perform(post(proposals(ahmadi)).param("kind", "OTHER").param("reason", "Nachfrage")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Diese Teilnahme ist beendet");
		assertThat(count(ahmadi)).isEqualTo(1);
	}

	@Test
	void aProposalOnAnEndedParticipationIsRefused() throws Exception {
		UUID novak = participant("Novak");
		String page = mvc.perform(post(proposals(novak)).param("kind", "EXTEND").param("reason", "Noch ein Monat")
			.param("newDate", LocalDate.now().plusDays(30).toString()).with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Diese Teilnahme ist beendet").contains("Noch ein Monat");
		assertThat(count(novak)).isZero();
	}

	@Test
	void theProviderWithdrawsAndAKindWithoutDecisionIsAppliedDirectly() throws Exception {
		UUID petrova = participant("Petrova");
		mvc.perform(post(proposals(petrova)).param("kind", "OTHER").param("reason", "Gespräch bitte")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		UUID other = openProposal(petrova, "OTHER");
		// the jobcenter cannot withdraw it
		mvc.perform(post(proposals(petrova) + "/withdraw").param("proposalId", other.toString())
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(other)).isEqualTo("OPEN");
		// a forged id is no proposal
		mvc.perform(post(proposals(petrova) + "/withdraw").param("proposalId", "not-a-uuid")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(proposals(petrova) + "/withdraw").param("proposalId", other.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(other)).isEqualTo("WITHDRAWN");

		jdbc.sql("update agreement set decision_required = '{EXTEND,END}' where id = ?").param(agreement()).update();
		try {
			mvc.perform(post(proposals(petrova)).param("kind", "CHANGE_HOURS").param("reason", "Kurs fällt weg")
				.param("newHours", "19,5").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select weekly_hours from coop_participant where id = ?").param(petrova)
				.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("19.5");
			assertThat(jdbc.sql("select status from coop_proposal where participant_id = ? and kind = 'CHANGE_HOURS'")
				.param(petrova).query(String.class).single()).isEqualTo("APPLIED");
			// hours in English notation on a German page: a field error that keeps what was typed
			String page = mvc.perform(post(proposals(petrova)).param("kind", "CHANGE_HOURS").param("reason", "x")
				.param("newHours", "abc").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("kern-error").contains("value=\"abc\"");
		}
		finally {
			jdbc.sql("update agreement set decision_required = '{EXTEND,END,CHANGE_START,CHANGE_END,CHANGE_HOURS}' where id = ?")
				.param(agreement()).update();
		}
	}

	@Test
	void aStrangerAndAnUnassignedCaseworkerGetNotFound() throws Exception {
		String stranger = newPerson("perspektive-plus", "PROVIDER_STAFF");
		for (String url : List.of(proposals(participant("Demir")), "/work/coop/" + agreement() + "/proposals")) {
			long before = lastLogId();
			mvc.perform(get(url).with(as(people, stranger))).andExpect(status().isNotFound());
			assertThat(jdbc.sql("select count(*) from access_log where id > ? and not granted and reason = 'OTHER_ORGANISATION'")
				.param(before).query(Integer.class).single()).isEqualTo(1);
		}
		long before = lastLogId();
		mvc.perform(post(proposals(participant("Demir"))).param("kind", "OTHER").param("reason", "x")
			.with(as(people, stranger)).with(csrf())).andExpect(status().isNotFound());
		assertThat(logSince(before)).containsExactly("false WRITE " + participant("Demir"));
	}

	@Test
	void bothStartPagesShowTheInboxAndTheInboxListsOpenProposals() throws Exception {
		String jobcenter = mvc.perform(get("/my-work").with(as(people, CASEWORKER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(jobcenter).contains("Vorschläge warten auf Ihre Antwort").contains("/work/coop/" + agreement() + "/proposals");
		String provider = mvc.perform(get("/my-work").with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(provider).contains("warten auf die Antwort des Jobcenters");
		String inbox = mvc.perform(get("/work/coop/" + agreement() + "/proposals").with(as(people, CASEWORKER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(inbox).contains("Haddad, Fatima").contains("überfällig");
	}

	// ---- helpers ----

	private UUID agreement() {
		return jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
	}

	private UUID participant(String lastName) {
		return jdbc.sql("select id from coop_participant where last_name = ?").param(lastName).query(UUID.class).single();
	}

	private String proposals(UUID participant) {
		return "/work/coop/" + agreement() + "/participants/" + participant + "/proposals";
	}

	private UUID openProposal(UUID participant, String kind) {
		return jdbc.sql("select id from coop_proposal where participant_id = ? and kind = ? and status = 'OPEN'")
			.params(participant, kind).query(UUID.class).single();
	}

	private String statusOf(UUID proposal) {
		return jdbc.sql("select status from coop_proposal where id = ?").param(proposal).query(String.class).single();
	}

	private int count(UUID participant) {
		return jdbc.sql("select count(*) from coop_proposal where participant_id = ?").param(participant).query(Integer.class).single();
	}

	private long lastLogId() {
		return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}

	/** The access-log entries since: "granted kind ids". */
	private List<String> logSince(long before) {
		return jdbc.sql("select granted, kind, array_to_string(participant_ids, ',') from access_log where id > ? order by id")
			.param(before)
			.query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.list();
	}

	private String newPerson(String organisationSlug, String role) {
		String email = "proposal-" + UUID.randomUUID() + "@example.org";
		UUID person = jdbc.sql("insert into person (email, name, preferred_language, password_hash) values (?, 'Test Person', 'de', 'x') returning id")
			.param(email).query(UUID.class).single();
		jdbc.sql("insert into membership (person_id, organisation_id, role) select ?, id, ? from organisation where slug = ?")
			.params(person, role, organisationSlug).update();
		return email;
	}
}
