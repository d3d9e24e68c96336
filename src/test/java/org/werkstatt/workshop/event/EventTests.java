package org.werkstatt.workshop.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/** Organisers create events; the public finds them, their pages and calendar files. */
class EventTests extends FullStackTest {

	private static final String NEW_EVENT = "/manage/jobcenter-hafenstadt/events/new";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void plannerCreatesAnEventThatThePublicFindsWithItsCalendarFile() throws Exception {
		String title = "Bürgerdialog Nordufer " + UUID.randomUUID();
		mvc.perform(form(NEW_EVENT, title, "2027-03-04T17:00", "2027-03-04T19:30", "PUBLIC"))
			.andExpect(status().is3xxRedirection());
		UUID id = jdbc.sql("select id from event where title = ?").param(title).query(UUID.class).single();

		mvc.perform(get("/events")).andExpect(content().string(Matchers.containsString(title)));
		mvc.perform(get("/events/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Bürgerdialog")))
			.andExpect(content().string(Matchers.containsString("Rathaus Nordufer")));
		String calendar = mvc.perform(get("/events/" + id + "/calendar.ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString();
		assertThat(calendar).contains("DTSTART:20270304T160000Z", "SUMMARY:" + title);
		assertThat(mvc.perform(get("/o/jobcenter-hafenstadt/events.ics")).andReturn().getResponse().getContentAsString())
			.contains(id + "@werkstatt");
	}

	@Test
	void anEndBeforeTheStartIsRefusedAndNothingStored() throws Exception {
		String title = "Falsch herum " + UUID.randomUUID();
		mvc.perform(form(NEW_EVENT, title, "2027-03-04T17:00", "2027-03-04T16:00", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Das Ende muss nach dem Beginn liegen")))
			.andExpect(content().string(Matchers.containsString(title)));
		assertThat(jdbc.sql("select count(*) from event where title = ?").param(title).query(Integer.class).single()).isZero();
	}

	@Test
	void invitationOnlyEventsAreNotListedButOpenThroughTheirLink() throws Exception {
		String title = "Geschlossene Runde " + UUID.randomUUID();
		mvc.perform(form(NEW_EVENT, title, "2027-05-01T10:00", "2027-05-01T12:00", "INVITATION"))
			.andExpect(status().is3xxRedirection());
		UUID id = jdbc.sql("select id from event where title = ?").param(title).query(UUID.class).single();
		mvc.perform(get("/events")).andExpect(content().string(Matchers.not(Matchers.containsString(title))));
		mvc.perform(get("/o/jobcenter-hafenstadt/events.ics"))
			.andExpect(content().string(Matchers.not(Matchers.containsString(id.toString()))));
		mvc.perform(get("/events/" + id)).andExpect(status().isOk());
	}

	@Test
	void agendaAndProductShowAppearOnThePublicPage() throws Exception {
		String title = "Ideenwerkstatt " + UUID.randomUUID();
		mvc.perform(form(NEW_EVENT, title, "2027-06-01T09:00", "2027-06-01T15:00", "PUBLIC"));
		UUID id = jdbc.sql("select id from event where title = ?").param(title).query(UUID.class).single();
		String edit = "/manage/jobcenter-hafenstadt/events/" + id;
		mvc.perform(post(edit + "/agenda").param("agendaStarts", "09:30").param("agendaTitle", "Themenwände öffnen")
			.param("agendaSpeaker", "Mo Moderation").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(edit + "/showcase").param("showcaseTitle", "Coaching für Alleinerziehende")
			.param("showcasePresenter", "Perspektive Plus e. V.").with(as(people, Logins.JOBCENTER_PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/events/" + id))
			.andExpect(content().string(Matchers.containsString("Themenwände öffnen")))
			.andExpect(content().string(Matchers.containsString("Coaching für Alleinerziehende")));
	}

	@Test
	void listingEventsGivesEveryDatabaseConnectionBack() throws Exception {
		for (int i = 0; i < 25; i++) {
			mvc.perform(get("/events")).andExpect(status().isOk());
		}
		assertThat(dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections()).isZero();
	}

	@Test
	void aCaseworkerMayNotOrganiseEvents() throws Exception {
		mvc.perform(get(NEW_EVENT).with(as(people, "fallmanagement@jobcenter-hafenstadt.example")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherOrganisationsEventCannotBeEdited() throws Exception {
		String title = "Nur für das Jobcenter " + UUID.randomUUID();
		mvc.perform(form(NEW_EVENT, title, "2027-07-01T09:00", "2027-07-01T10:00", "PUBLIC"));
		UUID id = jdbc.sql("select id from event where title = ?").param(title).query(UUID.class).single();
		mvc.perform(get("/manage/buendnis-nordufer/events/" + id).with(as(people, Logins.NETWORK_ADMIN)))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder form(String url, String title, String start, String end, String visibility) {
		return post(url).param("format", "CITIZEN_DIALOGUE")
			.param("title", title)
			.param("description", "Stand der 80 Empfehlungen")
			.param("startsAt", start)
			.param("endsAt", end)
			.param("venueName", "Rathaus Nordufer")
			.param("city", "Hafenstadt")
			.param("visibility", visibility)
			.param("seriesId", "")
			.with(as(people, Logins.JOBCENTER_PLANNER))
			.with(csrf());
	}
}
