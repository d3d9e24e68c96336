package org.werkstatt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.werkstatt.FullStackTest;
import org.werkstatt.QueryCount;
import org.werkstatt.identity.Logins;

/** Plans and measures end to end: public pages, the planner's changes and their versions, who sees what. */
class PlanTests extends FullStackTest {

	private static final String PLANNER = Logins.JOBCENTER_PLANNER;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanStore plans;

	@Autowired
	Measures measures;

	@Autowired
	MeasureStore store;

	@Test
	void demoProgrammeShowsItsSummaryGoalsAndMeasures() throws Exception {
		UUID plan = demoPlan("LABOUR_MARKET_PROGRAMME");
		String page = page("/plans/" + plan);
		assertThat(page).contains("80 Maßnahmen:", "Integrationsquote (K2)", "Werte als Tabelle", "Seite 1 von 2", "Pausiert",
				"Jugendberufsagentur").doesNotContain("Berufssprachkurse");
		String second = page("/plans/" + plan + "?page=2");
		assertThat(second).contains("Berufssprachkurse", "Seite 2 von 2").doesNotContain("Jugendberufsagentur");
		String filtered = page("/plans/" + plan + "?status=DROPPED&field=not-an-id&page=x");
		assertThat(filtered).contains("5 von 80 Maßnahmen");
	}

	@Test
	void planAndMeasurePagesNeedTheSameNumberOfQueriesWhateverTheirSize() throws Exception {
		UUID jobcenter = organisation("jobcenter-hafenstadt");
		UUID plan = plans.create(jobcenter, form(PlanVisibility.PUBLIC, "Zählplan " + UUID.randomUUID()));
		UUID field = plans.addField(plan, "Feld", null, "Junge Menschen");
		UUID first = addMeasures(plan, jobcenter, field, 0, 3);
		int small = queries("/plans/" + plan);
		int smallFiltered = queries("/plans/" + plan + "?group=Junge%20Menschen&status=PLANNED&responsible=" + jobcenter);
		int smallMeasure = queries("/measures/" + first);

		addMeasures(plan, jobcenter, field, 3, 150);
		UUID goal = plans.addGoal(plan, field, "Ziel", null);
		for (int i = 0; i < 5; i++) {
			UUID indicator = plans.addIndicator(plan, goal, "Kennzahl " + i, "%", null, null, null);
			for (int q = 1; q <= 8; q++) {
				plans.recordValue(indicator, LocalDate.of(2025, q, 1), java.math.BigDecimal.valueOf(q));
			}
		}
		Measure measure = store.find(first).orElseThrow();
		for (int i = 0; i < 12; i++) {
			measures.addMilestone(measure, LocalDate.of(2026, 1 + i, 1), "Meilenstein " + i, i % 2 == 0, new Editor(null, "Test"));
		}
		assertThat(queries("/plans/" + plan)).isEqualTo(small).isLessThanOrEqualTo(12);
		assertThat(queries("/plans/" + plan + "?group=Junge%20Menschen&status=PLANNED&responsible=" + jobcenter)).isEqualTo(smallFiltered);
		assertThat(queries("/measures/" + first)).isEqualTo(smallMeasure).isLessThanOrEqualTo(14);
	}

	@Test
	void everyChangeOfAMeasureIsAVersionOnItsPublicTimeline() throws Exception {
		UUID measure = newMeasure("Versionen " + UUID.randomUUID());
		mvc.perform(update(measure, 1, "status", "IN_PROGRESS", "progress", "40"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/jobcenter-hafenstadt/measures/" + measure + "/milestones")
			.param("milestoneDue", "2026-05-01").param("milestoneTitle", "Auftakt mit Trägern")
			.with(as(people, PLANNER)).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(store.versions(measure)).hasSize(3);
		MeasureVersion change = store.versions(measure).get(1);
		assertThat(change.changedByName()).isEqualTo("Paula Planer");
		assertThat(change.changes()).extracting(MeasureChange::field).containsExactly("status", "progress");
		assertThat(page("/measures/" + measure)).contains("Maßnahme angelegt", "Maßnahme geändert", "in Umsetzung",
				"40 % erreicht", "Auftakt mit Trägern");
	}

	@Test
	void aChangeOnAnOldVersionOverwritesNothing() throws Exception {
		UUID measure = newMeasure("Gleichzeitig " + UUID.randomUUID());
		mvc.perform(update(measure, 1, "status", "DONE")).andExpect(status().is3xxRedirection());
		String answer = mvc.perform(update(measure, 1, "status", "DROPPED"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("Jemand anderes hat die Maßnahme inzwischen geändert");
		assertThat(store.find(measure).orElseThrow().status()).isEqualTo("DONE");
	}

	@Test
	void badInputIsExplainedAndChangesNothing() throws Exception {
		UUID measure = newMeasure("Falsch " + UUID.randomUUID());
		String answer = mvc.perform(update(measure, 1, "progress", "150", "startsOn", "2026-05-01", "endsOn", "2026-04-01"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("zwischen 0 und 100", "Das Ende liegt vor dem Beginn").contains("value=\"150\"");
		String notANumber = mvc.perform(update(measure, 1, "budget", "viel", "title", "Neuer Titel"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(notANumber).contains("„viel“ ist keine Zahl", "value=\"viel\"", "value=\"Neuer Titel\"");
		String tooLarge = mvc.perform(update(measure, 1, "budget", "10000000000000"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(tooLarge).contains("Diese Zahl ist zu groß");
		String duplicate = mvc.perform(update(measure, 1, "number", "1.1"))
			.andReturn().getResponse().getContentAsString();
		assertThat(duplicate).contains("Diese Nummer hat schon eine andere Maßnahme");
		String unknownStatus = mvc.perform(update(measure, 1, "status", "NOPE"))
			.andReturn().getResponse().getContentAsString();
		assertThat(unknownStatus).contains("Diesen Status gibt es in diesem Plan nicht");
		assertThat(store.versions(measure)).hasSize(1);
	}

	@Test
	void numbersAreReadInTheReadersLanguageAndAMisfitIsAFieldError() throws Exception {
		UUID measure = newMeasure("Zahlen " + UUID.randomUUID());
		String german = mvc.perform(update(measure, 1, "budget", "1234.5", "places", "12"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(german).contains("Bitte prüfen: „1234.5“ – meinten Sie 1.234,5 oder 12.345?", "value=\"1234.5\"");
		String cents = mvc.perform(update(measure, 1, "budget", "0.99")).andReturn().getResponse().getContentAsString();
		assertThat(cents).contains("meinten Sie 0,99 oder 99?");
		String danish = mvc.perform(update(measure, 1, "budget", "1234.5").cookie(new jakarta.servlet.http.Cookie("WERKSTATT_LANG", "da")))
			.andReturn().getResponse().getContentAsString();
		assertThat(danish).contains("Kontrollér: »1234.5« – mente du 1.234,5 eller 12.345?");
		String english = mvc.perform(update(measure, 1, "budget", "1234,5").cookie(new jakarta.servlet.http.Cookie("WERKSTATT_LANG", "en")))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("did you mean 1,234.5 or 12,345?");
		String places = mvc.perform(update(measure, 1, "places", "2,5")).andReturn().getResponse().getContentAsString();
		assertThat(places).contains("„2,5“: Bitte eine ganze Zahl");
		String decimals = mvc.perform(update(measure, 1, "budget", "1,234")).andReturn().getResponse().getContentAsString();
		assertThat(decimals).contains("Höchstens 2 Nachkommastellen");
		assertThat(store.versions(measure)).hasSize(1);
		mvc.perform(update(measure, 1, "budget", "1.234,5", "places", "1.200")).andExpect(status().is3xxRedirection());
		assertThat(store.find(measure).orElseThrow().budget()).isEqualByComparingTo("1234.5");
		mvc.perform(update(measure, 2, "budget", "2,345.75", "places", "1,200").cookie(new jakarta.servlet.http.Cookie("WERKSTATT_LANG", "en")))
			.andExpect(status().is3xxRedirection());
		assertThat(store.find(measure).orElseThrow().budget()).isEqualByComparingTo("2345.75");
		assertThat(store.find(measure).orElseThrow().places()).isEqualTo(1200);
	}

	@Test
	void internalProgrammeIsHiddenFromThePublicAndSharedWithTheNetworksMembers() throws Exception {
		UUID programme = demoPlan("QUALITY_PROGRAMME");
		mvc.perform(get("/plans/" + programme)).andExpect(status().isNotFound());
		assertThat(page("/plans")).doesNotContain("Qualitätsarbeit");
		mvc.perform(get("/plans/" + programme).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk());
		mvc.perform(get("/plans/" + programme).with(as(people, PLANNER))).andExpect(status().isOk());

		UUID own = measureNumbered(programme, "JC-1");
		UUID others = measureNumbered(programme, "ST-1");
		mvc.perform(get("/manage/jobcenter-hafenstadt/measures/" + own).with(as(people, PLANNER))).andExpect(status().isOk());
		mvc.perform(get("/manage/jobcenter-hafenstadt/measures/" + others).with(as(people, PLANNER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/manage/jobcenter-hafenstadt/plans/" + programme).with(as(people, PLANNER)).with(csrf())
			.param("title", "Übernommen")).andExpect(status().isNotFound());
	}

	@Test
	void onlyAdminsAndPlannersManagePlans() throws Exception {
		mvc.perform(get("/manage/jobcenter-hafenstadt/plans").with(as(people, "moderation@jobcenter-hafenstadt.example")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/manage/jobcenter-hafenstadt/plans").with(as(people, PLANNER))).andExpect(status().isOk());
	}

	@Test
	void plannerCreatesAPlanWithItsStructure() throws Exception {
		String title = "Beschäftigungsplan " + UUID.randomUUID();
		mvc.perform(post("/manage/jobcenter-hafenstadt/plans").with(as(people, PLANNER)).with(csrf())
			.param("kind", "EMPLOYMENT_PLAN").param("title", title).param("periodStart", "2027-01-01")
			.param("periodEnd", "2026-12-31").param("state", "DRAFT").param("visibility", "PUBLIC"))
			.andExpect(status().isOk());
		mvc.perform(post("/manage/jobcenter-hafenstadt/plans").with(as(people, PLANNER)).with(csrf())
			.param("kind", "EMPLOYMENT_PLAN").param("title", title).param("periodStart", "2027-01-01")
			.param("periodEnd", "2027-12-31").param("state", "ADOPTED").param("visibility", "PUBLIC"))
			.andExpect(status().is3xxRedirection());
		UUID plan = jdbc.sql("select id from plan where title = ?").param(title).query(UUID.class).single();
		String base = "/manage/jobcenter-hafenstadt/plans/" + plan;
		mvc.perform(post(base + "/fields").with(as(people, PLANNER)).with(csrf()).param("fieldTitle", "Sprache und Arbeit"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/statuses").with(as(people, PLANNER)).with(csrf()).param("statusLabelDe", "Ausgeschrieben")
			.param("statusStage", "PLANNED").param("statusProgress", "10")).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/goals").with(as(people, PLANNER)).with(csrf()).param("goalTitle", "Mehr Integrationen"))
			.andExpect(status().is3xxRedirection());
		UUID goal = plans.goals(plan).getFirst().id();
		String englishBaseline = mvc.perform(post(base + "/indicators").with(as(people, PLANNER)).with(csrf())
			.param("indicatorGoal", goal.toString()).param("indicatorName", "Quote").param("indicatorUnit", "%")
			.param("indicatorBaseline", "22.5")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(englishBaseline).contains("Bitte prüfen: „22.5“ – meinten Sie 22,5 oder 225?");
		String halfProgress = mvc.perform(post(base + "/statuses").with(as(people, PLANNER)).with(csrf())
			.param("statusLabelDe", "Halb").param("statusStage", "PLANNED").param("statusProgress", "12,5"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(halfProgress).contains("„12,5“: Bitte eine ganze Zahl");
		mvc.perform(post(base + "/indicators").with(as(people, PLANNER)).with(csrf()).param("indicatorGoal", goal.toString())
			.param("indicatorName", "Integrationsquote").param("indicatorUnit", "%").param("indicatorBaseline", "22,5"))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.goals(plan).getFirst().indicators().getFirst().baseline()).isEqualByComparingTo("22.5");
		assertThat(plans.statuses(plan)).extracting(s -> s.labels() == null ? null : s.labels().de()).contains("Ausgeschrieben");
		assertThat(page("/plans/" + plan)).contains("Sprache und Arbeit", "Mehr Integrationen");
	}

	private UUID newMeasure(String title) throws Exception {
		UUID plan = demoPlan("LABOUR_MARKET_PROGRAMME");
		String number = "9." + Math.abs(title.hashCode() % 100000);
		mvc.perform(post("/manage/jobcenter-hafenstadt/plans/" + plan + "/measures").with(as(people, PLANNER)).with(csrf())
			.param("number", number).param("title", title).param("status", "PLANNED"))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from measure where title = ?").param(title).query(UUID.class).single();
	}

	/** The measure's form as it is, with the given version and the fields the test changes ("name", "value", …). */
	private MockHttpServletRequestBuilder update(UUID id, int version, String... changes) {
		Measure m = store.find(id).orElseThrow();
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("number", m.number());
		fields.put("title", m.title());
		fields.put("status", m.status());
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/manage/jobcenter-hafenstadt/measures/" + id).with(as(people, PLANNER))
			.with(csrf())
			.param("version", String.valueOf(version));
		fields.forEach(request::param);
		return request;
	}

	private UUID addMeasures(UUID plan, UUID owner, UUID field, int from, int count) {
		UUID first = null;
		for (int i = from; i < from + count; i++) {
			UUID id = measures.create(plan, owner, new MeasureForm(String.valueOf(i + 1), "Maßnahme " + i, null, field, owner,
					null, null, i % 2 == 0 ? "PLANNED" : "DONE", null, null, null, null, null), new Editor(null, "Test"));
			first = first == null ? id : first;
		}
		return first;
	}

	/** The statements a page needs when it is rendered (a query string passes the public page cache by). */
	private int queries(String path) throws Exception {
		QueryCount.reset();
		mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "render=1")).andExpect(status().isOk());
		return QueryCount.count();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private UUID demoPlan(String kind) {
		return jdbc.sql("select id from plan where kind = ? order by created_at limit 1").param(kind).query(UUID.class).single();
	}

	private UUID measureNumbered(UUID plan, String number) {
		return jdbc.sql("select id from measure where plan_id = ? and number = ?").params(plan, number).query(UUID.class).single();
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	private static PlanForm form(PlanVisibility visibility, String title) {
		return new PlanForm(PlanKind.ACTION_PLAN, title, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				PlanState.ADOPTED, null, null, visibility, false);
	}
}
