package org.werkstatt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.Logins;
import org.werkstatt.platform.web.PublicPageCache;

/** A plan's own status names in the reader's language, the site default's where a version is missing. */
class StatusNamesPerLanguageTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicPageCache cache;

	@Autowired
	PlanStore plans;

	@BeforeEach
	void emptyCache() {
		cache.clear();
	}

	@Test
	void thePublicPlanPageNamesTheDemosPausedStatusInTheReadersLanguage() {
		String plan = "/plans/" + demoProgramme();
		assertThat(visit(plan, null)).contains("lang=\"de\"", "Pausiert").doesNotContain("Sat på pause");
		// the same cached address, asked for in Danish by the browser only: never the German copy
		String danish = visit(plan, "da-DK,da;q=0.9,en;q=0.8");
		assertThat(danish).contains("lang=\"da\"", "Sat på pause").doesNotContain("Pausiert");
		assertThat(visit(plan, "fr,en;q=0.5")).contains("lang=\"en\"", "Paused").doesNotContain("Pausiert");
		assertThat(visit(plan, "fr")).contains("lang=\"de\"", "Pausiert");
	}

	@Test
	void exportsAndTheWidgetUseTheReadersVersion() throws Exception {
		UUID plan = demoProgramme();
		assertThat(body("/plans/" + plan + "/export.csv", "da")).contains("Sat på pause").doesNotContain("Pausiert");
		assertThat(body("/plans/" + plan + "/export.json", "en")).contains("Paused");
		assertThat(body("/plans/" + plan + "/widget", "da")).contains("Sat på pause");
	}

	@Test
	void aMissingTranslationFallsBackToTheSiteDefaultAndTheEditorSaysSo() throws Exception {
		UUID plan = newPlan();
		String editor = "/manage/jobcenter-hafenstadt/plans/" + plan;
		mvc.perform(post(editor + "/statuses").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf())
			.param("statusLabelDe", "Ausgesetzt").param("statusLabelEn", "Suspended").param("statusStage", "ACTIVE")
			.param("statusProgress", "20")).andExpect(status().is3xxRedirection());
		String code = jdbc.sql("select code from plan_status where plan_id = ? and label = 'Ausgesetzt'").param(plan)
			.query(String.class).single();
		String danishFilter = page("/plans/" + plan + "?status=" + code, "da");
		assertThat(danishFilter).contains("Ausgesetzt");
		assertThat(page("/plans/" + plan + "?status=" + code, "en")).contains("Suspended");

		String german = editorPage(editor, "de");
		assertThat(german).contains("Fassung auf Dänisch fehlt: Wer Dänisch liest, sieht die Fassung auf Deutsch.");
		assertThat(editorPage(editor, "en")).contains("Danish version missing: visitors reading Danish see the German text.");

		// adding the Danish name to the same status (found by one of its names) completes it
		mvc.perform(post(editor + "/statuses").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf())
			.param("statusLabelDe", "ausgesetzt").param("statusLabelDa", "Suspenderet").param("statusLabelEn", "Suspended")
			.param("statusStage", "ACTIVE").param("statusProgress", "20")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select label_da from plan_status where plan_id = ? and code = ?").params(plan, code)
			.query(String.class).single()).isEqualTo("Suspenderet");
		assertThat(page("/plans/" + plan + "?status=" + code, "da")).contains("Suspenderet");
	}

	@Test
	void theSiteLanguagesVersionIsRequired() throws Exception {
		UUID plan = newPlan();
		String response = mvc.perform(post("/manage/jobcenter-hafenstadt/plans/" + plan + "/statuses")
			.with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()).header("Accept-Language", "en")
			.param("statusLabelDa", "Kun dansk").param("statusStage", "ACTIVE").param("statusProgress", "20"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(response).contains("id=\"statusLabelDe-error\"").contains("value=\"Kun dansk\"");
		assertThat(jdbc.sql("select count(*) from plan_status where label_da = 'Kun dansk'").query(Integer.class).single())
			.isZero();
	}

	private String visit(String path, String acceptLanguage) {
		HttpSession visitor = new HttpSession(port);
		if (acceptLanguage == null) {
			return visitor.get(path).body();
		}
		return new String(visitor.getBytes(path, "Accept-Language", acceptLanguage, "Accept", "text/html").body(),
				StandardCharsets.UTF_8);
	}

	private String body(String path, String language) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String path, String language) throws Exception {
		return body(path, language);
	}

	private String editorPage(String path, String language) throws Exception {
		return mvc.perform(get(path).with(as(people, Logins.JOBCENTER_PLANNER)).header("Accept-Language", language))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private UUID newPlan() {
		UUID jobcenter = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'").query(UUID.class).single();
		return plans.create(jobcenter, new PlanForm(PlanKind.ACTION_PLAN, "Sprachenplan " + UUID.randomUUID(), null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PlanState.ADOPTED, null, null, PlanVisibility.PUBLIC,
				false));
	}

	private UUID demoProgramme() {
		return jdbc.sql("select id from plan where kind = 'LABOUR_MARKET_PROGRAMME' order by created_at limit 1")
			.query(UUID.class).single();
	}
}
