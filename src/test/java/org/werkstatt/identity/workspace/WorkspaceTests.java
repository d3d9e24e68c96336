package org.werkstatt.identity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.demo.DemoAccounts;

/** Every person lands on "my work": per organisation and role, what waits and the pages the roles open, and nothing else. */
class WorkspaceTests extends FullStackTest {

	private static final String HOST = "/manage/jobcenter-hafenstadt";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loginLandsOnMyWork() {
		HttpSession session = new HttpSession(port);
		HttpResponse<String> response = session.login("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/my-work"));
	}

	@Test
	void plannerSeesPlansInboxAndEventsWithTheUndecidedIdeasCounted() {
		String page = signedIn("planung@jobcenter-hafenstadt.example").get("/my-work").body();
		assertThat(page).contains("Meine Arbeit", "Jobcenter Hafenstadt", "Planung")
			.contains("href=\"" + HOST + "/plans\"", "href=\"" + HOST + "/inbox\"", "href=\"" + HOST + "/events\"")
			.doesNotContain("href=\"" + HOST + "/members\"", "href=\"" + HOST + "/texts\"");
		int undecided = jdbc.sql("""
				select count(*) from idea i join wall w on w.id = i.wall_id join event e on e.id = w.event_id
				 where e.organisation_id = (select id from organisation where slug = 'jobcenter-hafenstadt')
				   and not exists (select 1 from decision d where d.idea_id = i.id)""").query(Integer.class).single();
		assertThat(undecided).isPositive();
		Matcher waiting = Pattern.compile("(\\d+) Ideen warten auf eine Entscheidung").matcher(page);
		assertThat(waiting.find()).as("the undecided ideas are counted on the start page").isTrue();
		String inbox = signedIn("planung@jobcenter-hafenstadt.example").get(HOST + "/inbox?state=UNDECIDED").body();
		assertThat(inbox).as("the inbox filtered to undecided ideas shows as many").contains(waiting.group(1) + " Ideen</span>");
	}

	@Test
	void adminSeesTheOrganisationPagesToo() {
		String page = signedIn("admin@jobcenter-hafenstadt.example").get("/my-work").body();
		assertThat(page).contains("href=\"" + HOST + "\"", "href=\"" + HOST + "/members\"", "href=\"" + HOST + "/texts\"",
				"href=\"" + HOST + "/plans\"", "href=\"" + HOST + "/inbox\"", "href=\"" + HOST + "/events\"",
				"href=\"/o/jobcenter-hafenstadt\"");
	}

	@Test
	void moderatorSeesEventsOnlyAndTheirTabsLeadNowhereElse() {
		HttpSession moderator = signedIn("moderation@jobcenter-hafenstadt.example");
		String page = moderator.get("/my-work").body();
		assertThat(page).contains("href=\"" + HOST + "/events\"").doesNotContain("href=\"" + HOST + "/plans\"",
				"href=\"" + HOST + "/inbox\"", "href=\"" + HOST + "\"");
		String events = moderator.get(HOST + "/events").body();
		assertThat(events).contains("href=\"" + HOST + "/outbox\"")
			.doesNotContain("href=\"" + HOST + "\"", "href=\"" + HOST + "/plans\"", "href=\"" + HOST + "/members\"");
	}

	@Test
	void caseworkerSeesTheCooperationAndNothingOfThePlanners() {
		String page = signedIn("fallmanagement@jobcenter-hafenstadt.example").get("/my-work").body();
		assertThat(page).contains("Fallmanagement", "href=\"" + HOST + "/cooperation\"")
			.doesNotContain("href=\"" + HOST + "/plans\"", "href=\"" + HOST + "/inbox\"", "href=\"" + HOST + "/events\"");
	}

	@Test
	void networkAdminSeesNewInterestRequests() {
		int fresh = jdbc.sql("""
				select count(*) from interest_request where status = 'NEW'
				 and network_id = (select id from organisation where slug = 'buendnis-nordufer')""").query(Integer.class).single();
		String page = signedIn("buero@buendnis-nordufer.example").get("/my-work").body();
		assertThat(page).contains("href=\"/manage/buendnis-nordufer/network\"");
		if (fresh > 0) {
			assertThat(page).contains("/manage/buendnis-nordufer/network#requests");
		}
		else {
			assertThat(page).doesNotContain("/manage/buendnis-nordufer/network#requests");
		}
	}

	@Test
	void oldManageEntryLeadsToMyWorkAndStrangersToLogin() {
		HttpResponse<String> old = signedIn("moderation@jobcenter-hafenstadt.example").get("/manage");
		assertThat(old.statusCode()).isEqualTo(302);
		assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/my-work"));
		HttpResponse<String> stranger = new HttpSession(port).get("/my-work");
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void speaksTheReadersLanguage() {
		HttpSession planner = signedIn("planung@jobcenter-hafenstadt.example");
		assertThat(planner.get("/my-work?lang=da").body()).contains("Mit arbejde", "venter på en beslutning");
		assertThat(planner.get("/my-work?lang=en").body()).contains("My work", "waiting for a decision");
	}

	private HttpSession signedIn(String email) {
		HttpSession session = new HttpSession(port);
		assertThat(session.signIn(email, DemoAccounts.PASSWORD)).isTrue();
		return session;
	}
}
