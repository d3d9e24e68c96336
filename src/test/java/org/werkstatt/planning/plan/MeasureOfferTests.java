package org.werkstatt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.werkstatt.QueryCount;
import org.werkstatt.catalog.OfferPageSection;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.identity.Logins;

/**
 * The offers that implement a measure, end to end: the planner links and unlinks them in the measure's editor,
 * only published offers can be linked, the public measure page and the offer page show the link both ways (only
 * what the public may see), and the plan page filters measures with offers.
 */
class MeasureOfferTests extends FullStackTest {

	private static final String PLANNER = Logins.JOBCENTER_PLANNER;
	private static final Editor TEST = new Editor(null, "Test");

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

	@Autowired
	List<OfferPageSection> sections;

	@Test
	void plannerFindsLinksAndUnlinksAPublishedOfferAndTheTimelineKeepsIt() throws Exception {
		String word = "Schweisskurs" + suffix();
		UUID offer = offer("PUBLISHED", word + " für Einsteigerinnen");
		UUID measure = newMeasure(publicPlan(), "1");
		String editor = mvc.perform(get(editorUrl(measure)).param("offerQuery", word).with(as(people, PLANNER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(editor).contains("Angebote, die diese Maßnahme umsetzen", "Noch keine Angebote verknüpft.",
				word + " für Einsteigerinnen", "Bildungswerk am Kai", "1 veröffentlichtes Angebot zu „" + word + "“",
				"name=\"offer\" value=\"" + offer + "\"");

		mvc.perform(link(measure, offer.toString()).param("offerQuery", word))
			.andExpect(redirectedUrl("/manage/jobcenter-hafenstadt/measures/" + measure + "?offerQuery=" + word + "#offers"))
			.andExpect(flash().attribute("notice", "planning.offers.linked"));
		mvc.perform(link(measure, offer.toString())).andExpect(flash().attribute("notice", "planning.offers.alreadyLinked"));
		assertThat(linked(measure)).containsExactly(offer);
		assertThat(store.versions(measure).getFirst().changes())
			.containsExactly(new MeasureChange("offer", null, word + " für Einsteigerinnen"));

		String again = mvc.perform(get(editorUrl(measure)).param("offerQuery", word).with(as(people, PLANNER)))
			.andReturn().getResponse().getContentAsString();
		assertThat(again).contains("bereits verknüpft", "/offers/" + offer + "/remove")
			.doesNotContain("name=\"offer\" value=\"" + offer + "\"");
		assertThat(page("/measures/" + measure)).contains("Angebote, die diese Maßnahme umsetzen",
				"href=\"/offers/" + offer + "\"", word + " für Einsteigerinnen", "Bildungswerk am Kai");

		mvc.perform(post(editorUrl(measure) + "/offers/" + offer + "/remove").with(as(people, PLANNER)).with(csrf()))
			.andExpect(redirectedUrl("/manage/jobcenter-hafenstadt/measures/" + measure + "#offers"))
			.andExpect(flash().attribute("notice", "planning.offers.unlinked"));
		assertThat(linked(measure)).isEmpty();
		assertThat(store.versions(measure).getFirst().changes())
			.containsExactly(new MeasureChange("offer", word + " für Einsteigerinnen", null));
		String after = page("/measures/" + measure);
		assertThat(after).doesNotContain("href=\"/offers/" + offer + "\"", "Angebote, die diese Maßnahme umsetzen")
			.contains("<span>Angebot</span>:", "<del>" + word + " für Einsteigerinnen</del>",
					"<ins>" + word + " für Einsteigerinnen</ins>"); // the timeline keeps both changes
		mvc.perform(post(editorUrl(measure) + "/offers/" + offer + "/remove").with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAPublishedOfferCanBeLinkedAndAForgedIdStoresNothing() throws Exception {
		UUID measure = newMeasure(publicPlan(), "1");
		String tooLong = "x".repeat(201);
		for (String forged : List.of(UUID.randomUUID().toString(), offer("DRAFT", "Entwurf " + suffix()).toString(),
				offer("ARCHIVED", "Archiviert " + suffix()).toString(), "not-an-id", "", "<script>alert(1)</script>")) {
			mvc.perform(link(measure, forged).param("offerQuery", tooLong))
				.andExpect(redirectedUrl("/manage/jobcenter-hafenstadt/measures/" + measure + "#offers"))
				.andExpect(flash().attribute("problem", "planning.offers.unknown"));
		}
		assertThat(linked(measure)).isEmpty();
		assertThat(store.versions(measure)).hasSize(1);
		String editor = mvc.perform(get(editorUrl(measure)).param("offerQuery", tooLong).with(as(people, PLANNER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(editor).contains("Geben Sie höchstens 200 Zeichen ein.", "aria-invalid=\"true\"");
		String draftOnly = "Unveröffentlicht" + suffix();
		offer("DRAFT", draftOnly);
		assertThat(mvc.perform(get(editorUrl(measure)).param("offerQuery", draftOnly).with(as(people, PLANNER)))
			.andReturn().getResponse().getContentAsString()).contains("Keine veröffentlichten Angebote zu „" + draftOnly + "“");
		assertThat(mvc.perform(get(editorUrl(measure)).param("offerQuery", draftOnly).with(as(people, PLANNER))
			.header("Accept-Language", "da")).andReturn().getResponse().getContentAsString())
			.contains("Ingen offentliggjorte tilbud for »" + draftOnly + "«");
	}

	@Test
	void onlyThoseWhoMayChangeTheMeasureLinkItsOffers() throws Exception {
		UUID offer = offer("PUBLISHED", "Zugriff " + suffix());
		UUID measure = newMeasure(publicPlan(), "1");
		mvc.perform(post("/manage/jobcenter-hafenstadt/measures/" + measure + "/offers").param("offer", offer.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is4xxClientError());
		mvc.perform(post("/manage/bildungswerk-kai/measures/" + measure + "/offers").param("offer", offer.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is4xxClientError());
		mvc.perform(post("/manage/buendnis-nordufer/measures/" + measure + "/offers").param("offer", offer.toString())
			.with(as(people, Logins.NETWORK_ADMIN)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/manage/jobcenter-hafenstadt/measures/" + measure + "/offers").param("offer", offer.toString()))
			.andExpect(status().is4xxClientError());
		assertThat(linked(measure)).isEmpty();
	}

	@Test
	void anOfferTakenOffTheCatalogLeavesThePublicPagesButStaysInTheEditor() throws Exception {
		String title = "Bald archiviert " + suffix();
		UUID offer = offer("PUBLISHED", title);
		UUID measure = newMeasure(publicPlan(), "1");
		mvc.perform(link(measure, offer.toString())).andExpect(flash().attribute("notice", "planning.offers.linked"));
		jdbc.sql("update offer set state = 'ARCHIVED' where id = ?").param(offer).update();

		assertThat(page("/measures/" + measure)).doesNotContain("href=\"/offers/" + offer + "\"");
		String editor = mvc.perform(get(editorUrl(measure)).with(as(people, PLANNER))).andReturn().getResponse()
			.getContentAsString();
		assertThat(editor).contains(title, "nicht mehr veröffentlicht", "/offers/" + offer + "/remove")
			.doesNotContain("href=\"/offers/" + offer + "\"");
		mvc.perform(post(editorUrl(measure) + "/offers/" + offer + "/remove").with(as(people, PLANNER)).with(csrf()))
			.andExpect(flash().attribute("notice", "planning.offers.unlinked"));
		assertThat(linked(measure)).isEmpty();
	}

	@Test
	void theOfferPageListsTheMeasuresThatImplementItOnlyWhereThePublicMaySeeThem() throws Exception {
		String title = "Im Plan " + suffix();
		UUID offer = offer("PUBLISHED", title);
		UUID jobcenter = organisation("jobcenter-hafenstadt");
		UUID publicPlan = publicPlan();
		UUID shown = newMeasure(publicPlan, "2.1");
		UUID internal = newMeasure(plans.create(jobcenter, form(PlanVisibility.INTERNAL, PlanState.ADOPTED, "Intern " + suffix())), "1");
		UUID draftPlan = newMeasure(plans.create(jobcenter, form(PlanVisibility.PUBLIC, PlanState.DRAFT, "Entwurf " + suffix())), "1");
		UUID unpublished = measures.createUnpublished(publicPlan, jobcenter,
				measureForm("9", "Aus einer Entscheidung, noch nicht veröffentlicht"), TEST);
		for (UUID measure : List.of(shown, internal, draftPlan, unpublished)) {
			mvc.perform(link(measure, offer.toString())).andExpect(flash().attribute("notice", "planning.offers.linked"));
		}
		OfferSummary summary = new OfferSummary(offer, title, "Kurz", jobcenter, "Jobcenter Hafenstadt", "/offers/" + offer);
		List<OfferPageSection.Section> found = sections.stream().flatMap(s -> s.of(summary).stream()).toList();
		assertThat(found).hasSize(1);
		assertThat(found.getFirst().template()).isEqualTo("planning/plan/offer-measures");
		assertThat((List<?>) found.getFirst().content()).extracting("id").containsExactly(shown);
		assertThat((List<?>) found.getFirst().content()).extracting("planTitle")
			.containsExactly(plans.find(publicPlan).orElseThrow().title());

		String offerPage = page("/offers/" + offer);
		assertThat(offerPage).contains("Im Plan", "href=\"/measures/" + shown + "\"", "2.1 Maßnahme 2.1",
				plans.find(publicPlan).orElseThrow().title())
			.doesNotContain("/measures/" + internal, "/measures/" + draftPlan, "/measures/" + unpublished);

		UUID lonely = offer("PUBLISHED", "Ohne Maßnahme " + suffix());
		assertThat(sections.stream().flatMap(s -> s.of(new OfferSummary(lonely, "x", "x", jobcenter, "x", "x")).stream()))
			.isEmpty();
	}

	@Test
	void theDemoProgrammesMeasuresAreLinkedToTheCatalogsOffers() throws Exception {
		UUID programme = jdbc.sql("select id from plan where kind = 'LABOUR_MARKET_PROGRAMME' order by created_at limit 1")
			.query(UUID.class).single();
		UUID debts = jdbc.sql("select id from measure where plan_id = ? and title = 'Schuldnerberatung ohne Wartezeit'")
			.param(programme).query(UUID.class).single();
		UUID counselling = jdbc.sql("select id from offer where title = 'Kommunale Schuldnerberatung'").query(UUID.class).single();
		assertThat(linked(debts)).containsExactly(counselling);
		assertThat(jdbc.sql("""
				select count(distinct o.measure_id) from measure_offer o join measure m on m.id = o.measure_id
				 where m.plan_id = ?""").param(programme).query(Integer.class).single()).isGreaterThanOrEqualTo(15);
		assertThat(page("/measures/" + debts)).contains("href=\"/offers/" + counselling + "\"", "Kommunale Schuldnerberatung");
		assertThat(page("/offers/" + counselling)).contains("href=\"/measures/" + debts + "\"", "Schuldnerberatung ohne Wartezeit");
		assertThat(page("/plans/" + programme + "?offers=1")).containsPattern("(1[5-9]|2[0-9]) von \\d+ Maßnahmen");
	}

	@Test
	void thePlanPageFiltersMeasuresWithPublishedOffersInAFixedNumberOfQueries() throws Exception {
		UUID plan = publicPlan();
		UUID published = offer("PUBLISHED", "Filter " + suffix());
		UUID other = offer("PUBLISHED", "Filter zwei " + suffix());
		UUID archived = offer("PUBLISHED", "Filter archiviert " + suffix());
		UUID one = newMeasure(plan, "1");
		UUID two = newMeasure(plan, "2");
		UUID three = newMeasure(plan, "3");
		newMeasure(plan, "4");
		mvc.perform(link(one, published.toString()));
		mvc.perform(link(one, other.toString()));
		mvc.perform(link(two, other.toString()));
		mvc.perform(link(three, archived.toString()));
		jdbc.sql("update offer set state = 'ARCHIVED' where id = ?").param(archived).update();

		String all = page("/plans/" + plan);
		assertThat(all).contains("4 von 4 Maßnahmen", "name=\"offers\" value=\"1\"").doesNotContain("checked=\"checked\"");
		String filtered = page("/plans/" + plan + "?offers=1");
		assertThat(filtered).contains("2 von 4 Maßnahmen", "/measures/" + one, "/measures/" + two, "checked=\"checked\"")
			.doesNotContain("/measures/" + three + "\"");
		assertThat(page("/plans/" + plan + "?offers=1&status=DONE")).contains("0 von 4 Maßnahmen");
		assertThat(page("/plans/" + plan + "?offers=no")).contains("4 von 4 Maßnahmen");
		String staff = mvc.perform(get("/manage/jobcenter-hafenstadt/plans/" + plan).param("offers", "1").with(as(people, PLANNER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(staff).contains("Maßnahmen (2)", "/manage/jobcenter-hafenstadt/measures/" + one,
				"/manage/jobcenter-hafenstadt/measures/" + two, "checked=\"checked\"")
			.doesNotContain("/manage/jobcenter-hafenstadt/measures/" + three + "\"");
		assertThat(mvc.perform(get("/manage/jobcenter-hafenstadt/plans/" + plan).with(as(people, PLANNER)))
			.andReturn().getResponse().getContentAsString()).contains("Maßnahmen (4)");

		int small = queries("/plans/" + plan + "?offers=1");
		for (int i = 5; i < 60; i++) {
			UUID measure = newMeasure(plan, String.valueOf(i));
			mvc.perform(link(measure, published.toString()));
		}
		assertThat(page("/plans/" + plan + "?offers=1")).contains("57 von 59 Maßnahmen", "offers=1&amp;page=2");
		assertThat(queries("/plans/" + plan + "?offers=1")).isEqualTo(small);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder link(UUID measure, String offer) {
		return post(editorUrl(measure) + "/offers").param("offer", offer).with(as(people, PLANNER)).with(csrf());
	}

	private static String editorUrl(UUID measure) {
		return "/manage/jobcenter-hafenstadt/measures/" + measure;
	}

	private List<UUID> linked(UUID measure) {
		return jdbc.sql("select offer_id from measure_offer where measure_id = ? order by position").param(measure)
			.query(UUID.class).list();
	}

	/** An offer of Bildungswerk am Kai in the state given, written as the catalog's store would leave it. */
	private UUID offer(String state, String title) {
		UUID provider = organisation("bildungswerk-kai");
		UUID owner = organisation("jobcenter-hafenstadt");
		return jdbc.sql("""
				insert into offer (organisation_id, owner_id, state, published_version, published_at, title,
				    short_description, format, time_model)
				values (?, ?, ?, ?, ?, ?, 'Eine kurze Beschreibung.', 'IN_PERSON', 'PART_TIME') returning id""")
			.params(provider, owner, state, "DRAFT".equals(state) ? null : 1,
					"DRAFT".equals(state) ? null : java.sql.Timestamp.from(java.time.Instant.now()), title)
			.query(UUID.class)
			.single();
	}

	private UUID publicPlan() {
		return plans.create(organisation("jobcenter-hafenstadt"),
				form(PlanVisibility.PUBLIC, PlanState.ADOPTED, "Angebotsplan " + suffix()));
	}

	private UUID newMeasure(UUID plan, String number) {
		return measures.create(plan, organisation("jobcenter-hafenstadt"), measureForm(number, "Maßnahme " + number), TEST);
	}

	private static MeasureForm measureForm(String number, String title) {
		return new MeasureForm(number, title, null, null, null, null, null, "PLANNED", null, null, null, null, null);
	}

	private int queries(String path) throws Exception {
		QueryCount.reset();
		mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "render=1")).andExpect(status().isOk());
		return QueryCount.count();
	}

	/** A public page as rendered now (a query string passes the public page cache by). */
	private String page(String path) throws Exception {
		return mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "fresh=" + UUID.randomUUID()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static PlanForm form(PlanVisibility visibility, PlanState state, String title) {
		return new PlanForm(PlanKind.ACTION_PLAN, title, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), state,
				null, null, visibility, false);
	}
}
