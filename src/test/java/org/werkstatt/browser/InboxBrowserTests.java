package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/**
 * A planner decides an idea in the evaluation inbox (first without the reason "not adopted" needs),
 * publishes the event's drafts, adopts a second idea into a new measure after narrowing the measure picker
 * and publishes it with "publish selected", and a visitor reads the decision on the event's public decision list on a
 * phone. Every page passes axe-core, in German, Danish and English.
 */
class InboxBrowserTests extends BrowserTest {

	@Autowired
	EventStore events;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aPlannerDecidesAnIdeaAndThePublicSeesTheDecision(String language) {
		UUID event = pastWorkshop();
		UUID idea = jdbc.sql("select id from idea where event_id = ? and text like 'Nachtbus%'").param(event).query(UUID.class).single();
		String reason = "Der Nahverkehr ist Sache des Kreises; wir haben die Idee weitergegeben (" + language + ").";

		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/inbox?event=" + event + "&lang=" + language);
		assertThat(page.locator("#idea-" + idea)).isVisible();
		assertAccessible(page, "inbox " + language);
		screenshot(page, "inbox-" + language);

		page.locator("#select-" + idea).check();
		page.locator("#outcome-NOT_ADOPTED").check();
		page.locator("#decide-button").click();
		assertThat(page.locator("#reason-error")).isVisible();
		assertThat(page.locator("#select-" + idea)).isChecked();
		assertAccessible(page, "inbox with a missing reason " + language);

		page.locator("#reason").fill(reason);
		page.locator("#decide-button").click();
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator("#idea-" + idea + " .inbox-idea__decision")).containsText(reason);
		String drafts = "#drafts li:has(input[name=publishEvent][value='" + event + "'])";
		page.locator(drafts + " button[type=submit]").click();
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator(drafts)).hasCount(0);
		// no drafts holds from the new page's first bytes on: the whole page is there before its measures are counted
		page.waitForLoadState();

		// the second idea: the measure picker narrows as one types, then a new measure is decided and published
		// in one step with "publish selected"
		UUID second = jdbc.sql("select id from idea where event_id = ? and text like 'Fahrrad%'").param(event).query(UUID.class).single();
		page.locator("#select-" + second).check();
		page.locator("#outcome-ADOPTED").check();
		int all = page.locator("#measure option").count();
		page.locator("#measureQuery").fill("Sprach");
		assertThat(page.locator("#measure option")).not().hasCount(all);
		assertThat(page.locator("#outcome-ADOPTED")).isChecked();
		assertAccessible(page, "inbox with a narrowed measure picker " + language);
		page.locator("#measure").selectOption("new");
		page.locator("#planId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.locator("#title").fill("Fahrradwerkstatt im Quartier " + language);
		screenshot(page, "inbox-new-measure-" + language);
		page.locator("#publish-selected").click();
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator("#idea-" + second + " .inbox-idea__decision")).containsText("Fahrradwerkstatt im Quartier");

		page.navigate("/manage/jobcenter-hafenstadt/inbox/similar");
		assertAccessible(page, "similar ideas " + language);

		Page visitor = phone();
		visitor.navigate("/events/" + event + "/decisions?lang=" + language);
		assertThat(visitor.locator("#decision-" + idea)).containsText(reason);
		assertThat(visitor.locator("#decision-count")).isVisible();
		assertAccessible(visitor, "public decision list on a phone " + language);
		screenshot(visitor, "decisions-phone-" + language);
		visitor.navigate("/events/" + event + "/my-ideas");
		assertThat(visitor.locator("#no-ideas")).isVisible();
		assertAccessible(visitor, "my ideas without ideas " + language);
		visitor.context().close();
	}

	/** A past idea workshop of the demo jobcenter with one wall, two ideas and its results published. */
	private UUID pastWorkshop() {
		UUID organisation = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'").query(UUID.class).single();
		ZoneId zone = ZoneId.of("Europe/Berlin");
		LocalDateTime day = LocalDateTime.now(zone).minusDays(10).withSecond(0).withNano(0);
		UUID event = events.create(organisation, new EventForm(EventFormat.IDEA_WORKSHOP,
				"Ideenwerkstatt " + UUID.randomUUID().toString().substring(0, 8), null, day, day.plusHours(4),
				"Rathaus Hafenstadt", null, null, null, null, Visibility.PUBLIC, null), zone);
		String code = "IB" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		jdbc.sql("insert into live_session (event_id, code, state, results_published) values (?, ?, 'CLOSED', true)")
			.params(event, code)
			.update();
		UUID wall = jdbc.sql("insert into wall (event_id, position, title) values (?, 1, 'Mobilität') returning id")
			.param(event)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into idea (event_id, wall_id, text, status, dots) values
				(?, ?, 'Nachtbus zu den Schichtbetrieben im Hafen', 'PUBLISHED', 4),
				(?, ?, 'Fahrradwerkstatt für Menschen ohne Auto', 'PUBLISHED', 1)""")
			.params(event, wall, event, wall)
			.update();
		return event;
	}
}
