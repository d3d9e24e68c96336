package org.werkstatt.cooperation.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/**
 * The agreement's lifecycle on the running application: a change of an active agreement is a new version and makes
 * it a draft again until both sides confirm; a stale form changes nothing; ending and cancelling (with a reason); only
 * the jobcenter's organisation admin does it.
 */
class AgreementLifecycleTests extends FullStackTest {

	static final String BASE = "/manage/jobcenter-hafenstadt/cooperation/agreements/";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgreementStore agreements;

	@Test
	void changingAnActiveAgreementIsANewVersionThatBothSidesConfirmAgain() throws Exception {
		UUID id = activeAgreement("Lebenslauf-Werkstatt");
		int version = version(id);
		String form = mvc.perform(get(BASE + id + "/edit").with(as(people, Logins.JOBCENTER_ADMIN))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Lebenslauf-Werkstatt").contains("name=\"decisionRequired\"");

		mvc.perform(edit(id, version, "Lebenslauf-Werkstatt 2027").param("decisionRequired", "EXTEND", "END"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status || ' ' || (jobcenter_confirmed_at is null) || ' ' || (provider_confirmed_at is null) from agreement where id = ?")
			.param(id).query(String.class).single()).isEqualTo("DRAFT true true");
		assertThat(agreements.decisionRequired(id)).containsExactlyInAnyOrder(ChangeKind.EXTEND, ChangeKind.END, ChangeKind.OTHER);
		assertThat(agreements.versions(id).getFirst().change()).isEqualTo("CHANGED");
		assertThat(agreements.changedFields(id, AgreementPages.VERSION_FIELDS).get(version(id)))
			.contains("title", "decision_required", "status");

		// the same version again is stale: nothing changes, the typed title stays
		String stale = mvc.perform(edit(id, version, "<b>Anders</b>")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("inzwischen geändert").contains("&lt;b&gt;Anders&lt;/b&gt;");
		assertThat(jdbc.sql("select title from agreement where id = ?").param(id).query(String.class).single())
			.isEqualTo("Lebenslauf-Werkstatt 2027");

		String page = mvc.perform(get(BASE + id).with(as(people, Logins.JOBCENTER_ADMIN))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("geändert: Entscheidungen des Jobcenters");

		// the provider's staff may not change it
		mvc.perform(get("/manage/bildungswerk-kai/cooperation/agreements/" + id + "/edit").with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isForbidden());
	}

	@Test
	void endingNeedsADayUpToTodayAndCancellingNeedsAReason() throws Exception {
		UUID id = activeAgreement("Bewerbungstraining");
		String page = mvc.perform(post(BASE + id + "/end").param("endOn", LocalDate.now().plusDays(3).toString())
			.param("endReason", "Programm ausgelaufen").with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("zwischen dem Beginn der Vereinbarung und heute").contains("Programm ausgelaufen");
		mvc.perform(post(BASE + id + "/cancel").param("cancelReason", " ").with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(statusOf(id)).isEqualTo("ACTIVE");

		mvc.perform(post(BASE + id + "/end").param("endOn", LocalDate.now().toString()).param("endReason", "Programm ausgelaufen")
			.with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("ENDED");
		assertThat(agreements.find(id).orElseThrow().endedAt()).isEqualTo(LocalDate.now());
		assertThat(agreements.versions(id).getFirst().change()).isEqualTo("ENDED");

		UUID draft = agreements.create(organisation("jobcenter-hafenstadt"), details("Entwurf"), person(Logins.JOBCENTER_ADMIN));
		mvc.perform(post(BASE + draft + "/cancel").param("cancelReason", "Doppelt angelegt")
			.with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(draft)).isEqualTo("CANCELLED");
		assertThat(agreements.find(draft).orElseThrow().statusReason()).isEqualTo("Doppelt angelegt");
		// a cancelled agreement is neither changed nor ended
		mvc.perform(edit(draft, version(draft), "Wieder da")).andExpect(status().isForbidden());
		mvc.perform(post(BASE + draft + "/end").param("endOn", LocalDate.now().toString())
			.with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(draft)).isEqualTo("CANCELLED");
		// the provider cannot cancel
		mvc.perform(post("/manage/bildungswerk-kai/cooperation/agreements/" + id + "/cancel").param("cancelReason", "x")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().isForbidden());
	}

	// ---- helpers ----

	private MockHttpServletRequestBuilder edit(UUID id, int version, String title) {
		AgreementStore.Details d = details(title);
		return post(BASE + id + "/edit").param("providerId", d.providerId().toString()).param("title", title)
			.param("validFrom", d.validFrom().toString()).param("validUntil", d.validUntil().toString())
			.param("rhythm", "QUARTERLY").param("categories", "IDENTITY_CONTACT", "GOALS_PLAN")
			.param("visibilityDays", "40").param("retentionDays", "730").param("version", String.valueOf(version))
			.with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf());
	}

	private UUID activeAgreement(String title) {
		UUID admin = person(Logins.JOBCENTER_ADMIN);
		UUID id = agreements.create(organisation("jobcenter-hafenstadt"), details(title), admin);
		agreements.confirm(id, true, admin);
		agreements.confirm(id, false, person(Logins.PROVIDER_STAFF));
		assertThat(statusOf(id)).isEqualTo("ACTIVE");
		return id;
	}

	private AgreementStore.Details details(String title) {
		return new AgreementStore.Details(organisation("bildungswerk-kai"), title, null, LocalDate.now().minusMonths(2),
				LocalDate.now().plusMonths(10), ReportingRhythm.QUARTERLY, null, null,
				EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN), 40, 730);
	}

	private String statusOf(UUID id) {
		return jdbc.sql("select status from agreement where id = ?").param(id).query(String.class).single();
	}

	private int version(UUID id) {
		return jdbc.sql("select version from agreement where id = ?").param(id).query(Integer.class).single();
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	private UUID person(String email) {
		return jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
	}
}
