package org.werkstatt.cooperation.plan;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/**
 * The individual plan and the messages on the running application with the demo: both sides write, every change is a
 * version with side and person, a stale form changes nothing and keeps what was typed, forged ids and bad dates change
 * nothing, HTML stays text, the provider without consent gets "not found"; messages are read by the other side and
 * show as a task on its start page; one access-log entry per request.
 */
class IndividualPlanPagesTests extends FullStackTest {

	static final String CASEWORKER = "fallmanagement@jobcenter-hafenstadt.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndividualPlans plans;

	@Test
	void bothSidesWriteThePlanAndTheTimelineSaysWhoWhichSideAndWhat() throws Exception {
		String plan = plan("Petrova");
		int version = version("Petrova");
		long before = lastLogId();
		mvc.perform(withVersion(post(plan + "/goals"), version).param("goalText", "<script>alert(1)</script> Führerschein")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(entriesSince(before)).as("one access-log entry").containsExactly("WRITE:true");
		mvc.perform(withVersion(post(plan + "/milestones"), version + 1).param("milestoneTitle", "Probearbeit")
			.param("milestoneDue", LocalDate.now().plusDays(9).toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());

		before = lastLogId();
		String page = mvc.perform(get(plan).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(entriesSince(before)).containsExactly("READ:true");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Führerschein").doesNotContain("<script>alert(1)")
			.contains("Probearbeit");
		int forms = page.split("method=\"post\"", -1).length - 1;
		assertThat(page.split("name=\"_csrf\"", -1).length - 1).as("every form of the page posts its CSRF token")
			.isEqualTo(forms);
		assertThat(forms).as("the items' forms are there").isGreaterThan(10);
		assertThat(jdbc.sql("""
				select side || ':' || change from coop_plan_version where participant_id = ? and version > ? order by version""")
			.params(participant("Petrova"), version).query(String.class).list())
			.containsExactly("JOBCENTER:GOAL_ADDED", "PROVIDER:MILESTONE_ADDED");
		String jobcenter = mvc.perform(get(plan + "?lang=en").with(as(people, CASEWORKER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(jobcenter).contains("Milestone added: “Probearbeit”").contains("(Provider)");
	}

	@Test
	void aStaleFormChangesNothingSaysSoAndKeepsWhatWasTyped() throws Exception {
		String plan = plan("Demir");
		int version = version("Demir");
		assertThat(version).as("the demo wrote Demir's plan").isPositive();
		int goals = count("coop_plan_goal", "Demir");
		String page = mvc.perform(withVersion(post(plan + "/goals"), version - 1).param("goalText", "Mein getipptes Ziel")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("inzwischen geändert").contains("value=\"Mein getipptes Ziel\"")
			.contains("name=\"version\" value=\"" + version + "\"");
		assertThat(count("coop_plan_goal", "Demir")).isEqualTo(goals);
		assertThat(version("Demir")).isEqualTo(version);
		// sent again with the version the page now carries, it is saved
		mvc.perform(withVersion(post(plan + "/goals"), version).param("goalText", "Mein getipptes Ziel")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(count("coop_plan_goal", "Demir")).isEqualTo(goals + 1);
	}

	@Test
	void forgedIdsAndBadDatesChangeNothing() throws Exception {
		String plan = plan("Kovalenko");
		UUID othersModule = jdbc.sql("select id from coop_plan_module where participant_id = ? limit 1")
			.param(participant("Demir")).query(UUID.class).single();
		int version = version("Kovalenko");
		long before = lastLogId();
		mvc.perform(withVersion(post(plan + "/modules/remove"), version).param("moduleId", othersModule.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(entriesSince(before)).containsExactly("WRITE:true");
		mvc.perform(withVersion(post(plan + "/milestones/done"), version).param("milestoneId", "not-an-id")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from coop_plan_module where id = ?").param(othersModule).query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(version("Kovalenko")).isEqualTo(version);

		UUID module = jdbc.sql("select id from coop_plan_module where participant_id = ? order by position limit 1")
			.param(participant("Kovalenko")).query(UUID.class).single();
		String future = mvc.perform(withVersion(post(plan + "/modules/dates"), version).param("moduleId", module.toString())
			.param("started", LocalDate.now().plusDays(3).toString()).with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(future).contains("in der Zukunft").contains("value=\"" + LocalDate.now().plusDays(3) + "\"");
		String reversed = mvc.perform(withVersion(post(plan + "/modules/dates"), version).param("moduleId", module.toString())
			.param("started", "2025-03-10").param("completed", "2025-03-01").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(reversed).contains("nicht vor dem Beginn");
		mvc.perform(withVersion(post(plan + "/modules/dates"), version).param("moduleId", module.toString())
			.param("started", "2025-02-30").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk());
		String badMilestone = mvc.perform(withVersion(post(plan + "/milestones"), version).param("milestoneTitle", "")
			.param("milestoneDue", "morgen").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(badMilestone).contains("Bitte prüfen Sie die markierten Felder", "id=\"milestoneDue-error\"",
				"aria-invalid=\"true\" aria-describedby=\"milestoneDue-error\"", "name=\"milestoneDue\" value=\"morgen\"");
		assertThat(version("Kovalenko")).as("nothing stored").isEqualTo(version);

		mvc.perform(withVersion(post(plan + "/modules/dates"), version).param("moduleId", module.toString())
			.param("started", "2025-03-01").param("completed", "2025-03-10").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select completed_on from coop_plan_module where id = ?").param(module).query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2025, 3, 10));
	}

	@Test
	void theOffersModulesAreTheStartingList() throws Exception {
		// an offer with a module the plan does not hold yet (the demo took Novak's modules from one of the provider's)
		UUID offer = jdbc.sql("""
				select o.id from offer o where o.state = 'PUBLISHED'
				   and exists (select 1 from offer_module m where m.offer_id = o.id
				                  and m.id not in (select offer_module_id from coop_plan_module
				                                    where participant_id = ? and offer_module_id is not null))
				 order by o.id limit 1""")
			.param(participant("Novak")).query(UUID.class).single();
		List<String> names = jdbc.sql("select name from offer_module where offer_id = ? order by position").param(offer)
			.query(String.class).list();
		jdbc.sql("update coop_participant set offer_id = ? where id = ?").params(offer, participant("Novak")).update();
		String plan = plan("Novak");
		String page = mvc.perform(get(plan).with(as(people, CASEWORKER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/plan/modules/from-offer");
		mvc.perform(withVersion(post(plan + "/modules/from-offer"), version("Novak")).with(as(people, CASEWORKER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				select name from coop_plan_module where participant_id = ? and offer_module_id is not null order by position""")
			.param(participant("Novak")).query(String.class).list()).containsAll(names);
		page = mvc.perform(get(plan).with(as(people, CASEWORKER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("/plan/modules/from-offer");
	}

	@Test
	void theProviderWithoutConsentGetsNotFoundTheJobcenterReads() throws Exception {
		long before = lastLogId();
		mvc.perform(get(plan("Khalil")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		assertThat(entriesSince(before)).containsExactly("READ:false");
		mvc.perform(post(plan("Khalil") + "/notes").param("noteBody", "x").param("version", "0")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(plan("Khalil")).with(as(people, CASEWORKER))).andExpect(status().isOk());
		String jobcenterPage = mvc.perform(get(plan("Khalil").replace("/plan", "")).with(as(people, CASEWORKER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(jobcenterPage).as("the jobcenter is linked to the plan").contains(plan("Khalil"));
		UUID consent = jdbc.sql("select id from consent where participant_id = ? and withdrawn_at is null")
			.param(participant("Rahimi")).query(UUID.class).single();
		jdbc.sql("update consent set data_categories = array_remove(data_categories, 'GOALS_PLAN') where id = ?")
			.param(consent).update();
		String providerPage = mvc.perform(get(plan("Rahimi").replace("/plan", "")).with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(providerPage).as("no link to a plan the provider may not read").doesNotContain(plan("Rahimi"));
		mvc.perform(get(plan("Rahimi")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		jdbc.sql("update consent set data_categories = data_categories || 'GOALS_PLAN'::varchar(40) where id = ?")
			.param(consent).update();
		mvc.perform(get(thread("Khalil")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
	}

	@Test
	void aMessageIsReadByTheOtherSideAndWaitsOnItsStartPage() throws Exception {
		String thread = thread("Kovalenko");
		String empty = mvc.perform(post(thread).param("messageBody", " ").with(as(people, CASEWORKER)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("kern-error");
		long before = lastLogId();
		mvc.perform(post(thread).param("messageBody", "Bitte <b>Rückruf</b> bis Montag")
			.with(as(people, CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(entriesSince(before)).containsExactly("WRITE:true");

		String work = mvc.perform(get("/my-work").with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(work).contains("/work/coop/" + agreement() + "/messages");
		String unread = mvc.perform(get("/work/coop/" + agreement() + "/messages").with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(unread).contains("Kovalenko");

		String read = mvc.perform(get(thread).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(read).contains("Bitte &lt;b&gt;Rückruf&lt;/b&gt; bis Montag");
		assertThat(jdbc.sql("select count(*) from coop_message where participant_id = ? and side = 'JOBCENTER' and read_at is null")
			.param(participant("Kovalenko")).query(Integer.class).single()).isZero();
		String own = mvc.perform(get(thread).with(as(people, CASEWORKER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(own).contains("gelesen am");
		unread = mvc.perform(get("/work/coop/" + agreement() + "/messages").with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(unread).doesNotContain("Kovalenko");
	}

	@Test
	void theDemoHasPlansWithEveryPartAndBothSides() {
		assertThat(jdbc.sql("select count(distinct participant_id) from coop_plan_module where completed_on is not null")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(5);
		assertThat(jdbc.sql("select count(distinct side) from coop_plan_version").query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from coop_message").query(Integer.class).single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void twoWritersOfTheSameVersionOneWinsTheOtherIsStale() throws Exception {
		UUID participant = participant("Yusuf");
		int version = version("Yusuf");
		IndividualPlan.Actor actor = new IndividualPlan.Actor(org.werkstatt.cooperation.participant.AccessDecision.Side.JOBCENTER,
				jdbc.sql("select id from person where email = ?").param(CASEWORKER).query(UUID.class).single());
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
			List<java.util.concurrent.Future<IndividualPlan.Outcome>> outcomes = java.util.stream.IntStream.range(0, 2)
				.mapToObj(n -> pool.submit(() -> {
					start.await();
					return plans.addGoal(participant, version, actor, "Gleichzeitig " + n);
				}))
				.toList();
			start.countDown();
			assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
				.containsExactlyInAnyOrder(IndividualPlan.Outcome.DONE, IndividualPlan.Outcome.STALE);
		}
		assertThat(version("Yusuf")).isEqualTo(version + 1);
		assertThat(jdbc.sql("select count(*) from coop_plan_goal where participant_id = ? and text like 'Gleichzeitig%'")
			.param(participant).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void everyTableOfThePlanGoesWithTheParticipation() {
		List<String> cascading = jdbc.sql("""
				select c.conrelid::regclass::text from pg_constraint c
				 where c.contype = 'f' and c.confrelid = 'coop_participant'::regclass and c.confdeltype = 'c'""")
			.query(String.class).list();
		assertThat(cascading).contains("coop_plan", "coop_plan_goal", "coop_plan_milestone", "coop_plan_module",
				"coop_plan_note", "coop_plan_version", "coop_message");
	}

	// ---- helpers ----

	private static MockHttpServletRequestBuilder withVersion(MockHttpServletRequestBuilder request, int version) {
		return request.param("version", Integer.toString(version));
	}

	private UUID agreement() {
		return jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
	}

	private UUID participant(String lastName) {
		return jdbc.sql("select id from coop_participant where last_name = ?").param(lastName).query(UUID.class).single();
	}

	private String plan(String lastName) {
		return "/work/coop/" + agreement() + "/participants/" + participant(lastName) + "/plan";
	}

	private String thread(String lastName) {
		return "/work/coop/" + agreement() + "/participants/" + participant(lastName) + "/messages";
	}

	private int version(String lastName) {
		return jdbc.sql("select coalesce((select version from coop_plan where participant_id = ?), 0)")
			.param(participant(lastName)).query(Integer.class).single();
	}

	private int count(String table, String lastName) {
		return jdbc.sql("select count(*) from " + table + " where participant_id = ?").param(participant(lastName))
			.query(Integer.class).single();
	}

	private long lastLogId() {
		return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}

	private List<String> entriesSince(long before) {
		return jdbc.sql("select kind || ':' || granted from access_log where id > ? order by id").param(before)
			.query(String.class).list();
	}
}
