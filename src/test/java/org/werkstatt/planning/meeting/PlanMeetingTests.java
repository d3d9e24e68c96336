package org.werkstatt.planning.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;
import org.werkstatt.planning.plan.PlanForm;
import org.werkstatt.planning.plan.PlanKind;
import org.werkstatt.planning.plan.PlanState;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanVisibility;

/**
 * A plan on the big screen: its presentation slide by slide and who may open it; the events and series
 * it is presented at, who may choose them, and their pages showing it.
 */
class PlanMeetingTests extends FullStackTest {

	private static final String MODERATOR = "moderation@jobcenter-hafenstadt.example";
	private static final Pattern ROW = Pattern.compile("<td class=\"plan-deck__number\">([^<]+)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanStore plans;

	@Test
	void anyoneReadsThePublicProgrammeAsSlidesSummaryFirstThenEveryMeasureOnceSevenAtMost() throws Exception {
		UUID programme = programme();
		String first = page("/plans/" + programme + "/present", null);
		int total = total(first);
		assertThat(total).isGreaterThanOrEqualTo(80);
		assertThat(first).contains("Stand der Maßnahmen")
			.contains("rel=\"next\" href=\"/plans/" + programme + "/present?slide=2\"")
			.doesNotContain("rel=\"prev\"")
			.contains("data-first=\"/plans/" + programme + "/present?slide=1\"")
			.contains("/js/present.js");
		int count = slideCount(first);
		assertThat(count).isGreaterThan(12);

		String second = page("/plans/" + programme + "/present?slide=2", null);
		// other tests may add fields of action to the demo programme: the deck counts what is there
		java.util.regex.Matcher fields = java.util.regex.Pattern.compile("Handlungsfeld 1 von (\\d+)").matcher(second);
		assertThat(fields.find()).as("the first field's slide says how many fields follow").isTrue();
		int fieldCount = Integer.parseInt(fields.group(1));
		assertThat(fieldCount).isGreaterThanOrEqualTo(3);
		assertThat(second).contains("Junge Menschen in Ausbildung und Arbeit", "Teil 1 von")
			.contains("rel=\"prev\" href=\"/plans/" + programme + "/present?slide=1\"")
			.contains("rel=\"next\" href=\"/plans/" + programme + "/present?slide=3\"");

		List<String> numbers = new java.util.ArrayList<>();
		for (int slide = 2; slide <= count; slide++) {
			List<String> onSlide = numbers(page("/plans/" + programme + "/present?slide=" + slide, null));
			assertThat(onSlide).isNotEmpty().hasSizeLessThanOrEqualTo(PlanDeck.PER_SLIDE);
			numbers.addAll(onSlide);
		}
		assertThat(numbers).hasSize(total).doesNotHaveDuplicates().startsWith("1.1");

		String last = page("/plans/" + programme + "/present?slide=" + count, null);
		assertThat(last).doesNotContain("rel=\"next\"");
		assertThat(last.contains("Handlungsfeld " + fieldCount + " von " + fieldCount) || last.contains("Ohne Handlungsfeld"))
			.as("the last slide is the last field, or the measures without one").isTrue();
		assertThat(page("/plans/" + programme + "/present?slide=9999", null)).isEqualTo(last);
		assertThat(page("/plans/" + programme + "/present?slide=x", null)).contains(total + " Maßnahmen");
		assertThat(page("/plans/" + programme + "/present?slide=2&lang=da", null)).contains("Indsatsområde 1 af " + fieldCount);
		assertThat(page("/plans/" + programme, null)).contains("href=\"/plans/" + programme + "/present\"");
	}

	@Test
	void anInternalPlanIsNotFoundForStrangersAndShownToItsMembers() throws Exception {
		String title = "Intern " + UUID.randomUUID();
		UUID internal = plans.create(organisation("jobcenter-hafenstadt"), new PlanForm(PlanKind.ACTION_PLAN,
				title, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				PlanState.ADOPTED, null, null, PlanVisibility.INTERNAL, false));
		mvc.perform(get("/plans/" + internal + "/present")).andExpect(status().isNotFound());
		mvc.perform(get("/plans/" + internal + "/present").with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isNotFound());
		assertThat(page("/plans/" + internal + "/present", as(people, MODERATOR))).contains("Keine Maßnahmen");
		mvc.perform(get("/plans/" + UUID.randomUUID() + "/present")).andExpect(status().isNotFound());

		UUID dialogue = dialogue();
		jdbc.sql("insert into plan_event (plan_id, event_id) values (?, ?)").params(internal, dialogue).update();
		assertThat(page("/events/" + dialogue, null)).doesNotContain(title);
		assertThat(page("/events/" + dialogue, as(people, Logins.JOBCENTER_PLANNER))).contains(title);
	}

	@Test
	void theCitizenDialoguesPageShowsTheProgrammeItReportsOn() throws Exception {
		UUID programme = programme();
		String event = page("/events/" + dialogue(), null);
		assertThat(event).containsPattern("\\d+ Maßnahmen: \\d+ geplant")
			.contains("Auf diesem Treffen: Stand des Plans")
			.contains("href=\"/plans/" + programme + "\"", "href=\"/plans/" + programme + "/present\"");
		assertThat(page("/events/" + dialogue() + "?lang=en", null)).contains("At this meeting: status of the plan");
	}

	@Test
	void aPlannerLinksThePlanToASeriesWhosePageThenShowsIt() throws Exception {
		UUID programme = programme();
		UUID jobcenter = organisation("jobcenter-hafenstadt");
		UUID series = jdbc.sql("insert into event_series (organisation_id, title) values (?, ?) returning id")
			.params(jobcenter, "Bürgerdialoge " + UUID.randomUUID())
			.query(UUID.class)
			.single();
		String path = "/manage/jobcenter-hafenstadt/plans/" + programme + "/meetings";
		String editor = page(path, as(people, Logins.JOBCENTER_PLANNER));
		assertThat(editor).contains("Vorgestellt auf Treffen", "value=\"" + series + "\"", "value=\"" + dialogue() + "\"");

		mvc.perform(post(path).param("event", dialogue().toString()).param("series", series.toString())
			.with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page("/series/" + series, null)).contains("In dieser Reihe: Stand des Plans",
				"href=\"/plans/" + programme + "/present\"");
		assertThat(page("/events/" + dialogue(), null)).contains("Auf diesem Treffen");

		mvc.perform(post(path).param("event", dialogue().toString()).with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/series/" + series, null)).doesNotContain("In dieser Reihe: Stand des Plans");
	}

	@Test
	void onlyTheOwnersAdminsAndPlannersLinkAndOnlyTheirOwnMeetings() throws Exception {
		UUID programme = programme();
		String path = "/manage/jobcenter-hafenstadt/plans/" + programme + "/meetings";
		mvc.perform(get(path).with(as(people, MODERATOR))).andExpect(status().isForbidden());
		mvc.perform(post(path).param("event", dialogue().toString()).with(as(people, MODERATOR)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get(path).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		mvc.perform(get("/manage/buendnis-nordufer/plans/" + programme + "/meetings").with(as(people, Logins.NETWORK_ADMIN)))
			.andExpect(status().isNotFound());

		UUID otherEvent = jdbc.sql("""
				insert into event (organisation_id, format, title, starts_at, ends_at, visibility)
				values (?, 'INFO_EVENT', 'Fremd', now(), now() + interval '1 hour', 'PUBLIC') returning id""")
			.param(organisation("bildungswerk-kai"))
			.query(UUID.class)
			.single();
		String refused = mvc.perform(post(path).param("event", dialogue().toString(), otherEvent.toString())
			.with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Wählen Sie nur Veranstaltungen und Reihen aus dieser Liste.")
			.contains("value=\"" + dialogue() + "\" checked");
		mvc.perform(post(path).param("event", "kein-id").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from plan_event where plan_id = ? and event_id = ?")
			.params(programme, otherEvent).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from plan_event where plan_id = ? and event_id = ?")
			.params(programme, dialogue()).query(Integer.class).single()).isOne();
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		var request = get(path);
		if (who != null) {
			request = request.with(who);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static int slideCount(String html) {
		Matcher position = Pattern.compile("1 von (\\d+)").matcher(html);
		assertThat(position.find()).isTrue();
		return Integer.parseInt(position.group(1));
	}

	private static int total(String html) {
		Matcher total = Pattern.compile("plan-deck__total\">(\\d+) Maßnahmen<").matcher(html);
		assertThat(total.find()).isTrue();
		return Integer.parseInt(total.group(1));
	}

	private static List<String> numbers(String html) {
		List<String> numbers = new java.util.ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			numbers.add(row.group(1));
		}
		return numbers;
	}

	private UUID programme() {
		return jdbc.sql("select id from plan where kind = 'LABOUR_MARKET_PROGRAMME' order by created_at limit 1")
			.query(UUID.class)
			.single();
	}

	private UUID dialogue() {
		return jdbc.sql("select id from event where format = 'CITIZEN_DIALOGUE' order by starts_at limit 1")
			.query(UUID.class)
			.single();
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}
}
