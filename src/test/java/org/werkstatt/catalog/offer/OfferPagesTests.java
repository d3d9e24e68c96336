package org.werkstatt.catalog.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/** The provider's offer pages: the list, an offer's runs, the run form's rules, the one-click confirmation, scoping. */
class OfferPagesTests extends FullStackTest {

	private static final String BASE = "/manage/bildungswerk-kai/offers";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RunStore runs;

	@Autowired
	OfferStore offers;

	@Test
	void theListShowsTheOffersAndTheRunsWhosePlacesNeedConfirming() throws Exception {
		String page = page(get(BASE));
		assertThat(page).contains("Umschulung Fachkraft für Lagerlogistik (IHK)", "Freie Plätze bestätigen", "Stimmt noch",
				"Zurückgegeben", "Wartet auf Freigabe", "Neues Angebot", BASE + "/new");
		assertThat(page).doesNotContain("Kommunale Schuldnerberatung");
		String english = page(get(BASE).header("Accept-Language", "en"));
		assertThat(english).contains("Confirm free places", "Still correct", "Sent back");

		String overview = page(get(BASE + "/" + offer("Werkstatt Bewerbung digital")));
		assertThat(overview).contains("Bitte ergänzen Sie, welche Technik", "Abgesagt", "Die Dozentin ist erkrankt", "Beendet");
		String full = page(get(BASE + "/" + offer("Staplerschein und Grundlagen Lager")));
		assertThat(full).contains("Ausgebucht", "Keine freien Plätze", "Läuft");
		String stale = page(get(BASE + "/" + offer("Arbeitsgelegenheit „Grünes Kaiufer“")));
		assertThat(stale).contains("Freie Plätze nicht bestätigt seit");

		String work = page(get("/my-work"));
		assertThat(work).contains("href=\"" + BASE + "\"", "die freien Plätze bestätigen", "1 zurückgegebene Änderung überarbeiten",
				BASE + "#confirm");
	}

	@Test
	void theRunFormRefusesWhatCannotBeAndKeepsWhatWasTyped() throws Exception {
		UUID offer = offer("Fit am PC – digitale Grundbildung");
		int before = runCount(offer);
		LocalDate start = LocalDate.now().plusDays(40);

		String endBeforeStart = page(form(offer, start, start.minusDays(1), null, "5", "12", "6", "Kaistadt-Mitte-Raum-7"));
		assertThat(endBeforeStart).contains("Das Ende liegt vor dem Beginn.", "Kaistadt-Mitte-Raum-7");
		String placesAboveMax = page(form(offer, start, null, null, "20", "12", null, null));
		assertThat(placesAboveMax).contains("mehr freie Plätze angegeben");
		String negative = page(form(offer, start, null, null, "-1", "12", null, null));
		assertThat(negative).contains("Bitte keine negative Zahl angeben.");
		String minAboveMax = page(form(offer, start, null, null, "3", "12", "13", null));
		assertThat(minAboveMax).contains("Die Mindestzahl ist größer als die Höchstzahl.");
		String deadline = page(form(offer, start, null, start.plusDays(1), "3", "12", null, null));
		assertThat(deadline).contains("Der Anmeldeschluss liegt nach dem Beginn.");
		String noStart = page(form(offer, null, null, null, "3", "12", null, null));
		assertThat(noStart).contains("Bitte den Beginn angeben");
		String script = page(form(offer, start, null, null, "3", "12", null, null).param("onlineUrl", "javascript:alert(1)"));
		assertThat(script).contains("http:// oder https://");
		String notANumber = page(form(offer, start, null, null, "zwölf", "12", null, null));
		assertThat(notANumber).contains("zwölf", "keine Zahl");
		String english = page(form(offer, start, start.minusDays(1), null, "3", "12", null, null).header("Accept-Language", "en"));
		assertThat(english).contains("The end is before the start.");
		assertThat(runCount(offer)).as("nothing saved").isEqualTo(before);

		mvc.perform(form(offer, start, start.plusWeeks(5), start.minusDays(3), "4", "12", "6", "Raum 9")
			.param("onlineUrl", "https://lernen.example/raum").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(runCount(offer)).isEqualTo(before + 1);
		Run created = runs.runsOf(offer).stream().filter(r -> "Raum 9".equals(r.room())).findFirst().orElseThrow();
		assertThat(created.placesAvailable()).isEqualTo(4);
		assertThat(created.placesConfirmedAt()).isNotNull();
		assertThat(created.onlineUrl()).isEqualTo("https://lernen.example/raum");

		// cancelling needs a reason
		String path = BASE + "/" + offer + "/runs/" + created.id();
		String noReason = page(post(path + "/cancel").param("reason", " "));
		assertThat(noReason).contains("Bitte geben Sie einen Grund für die Absage an.");
		assertThat(runs.find(created.id()).orElseThrow().cancelled()).isFalse();
		mvc.perform(post(path + "/cancel").param("reason", "Zu wenige Anmeldungen").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(runs.find(created.id()).orElseThrow().cancelReason()).isEqualTo("Zu wenige Anmeldungen");
		mvc.perform(post(path + "/delete").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(runs.find(created.id())).isEmpty();
	}

	@Test
	void oneClickConfirmsThePlacesAndMovesThePublicModificationTime() throws Exception {
		UUID offer = offer("Deutsch für den Beruf B1/B2");
		Run stale = runs.runsOf(offer).stream().filter(r -> r.placesAvailable() != null && r.placesAvailable() > 0)
			.findFirst().orElseThrow();
		runs.confirmPlaces(stale.id(), Instant.now().minus(Duration.ofDays(30)));
		Instant modified = offers.find(offer).orElseThrow().modifiedAt();
		assertThat(page(get(BASE))).contains(stale.id().toString());

		mvc.perform(post(BASE + "/" + offer + "/runs/" + stale.id() + "/confirm").param("back", "list")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Run confirmed = runs.find(stale.id()).orElseThrow();
		assertThat(confirmed.placesConfirmedAt()).isAfter(Instant.now().minusSeconds(60));
		assertThat(confirmed.placesAvailable()).isEqualTo(stale.placesAvailable());
		assertThat(offers.find(offer).orElseThrow().modifiedAt()).isAfter(modified);
		assertThat(page(get(BASE))).doesNotContain(stale.id().toString());
	}

	@Test
	void anotherOrganisationsOfferOrRunIsNotFoundAndNothingChanges() throws Exception {
		UUID foreign = offer("Kompass – ganzheitliche Betreuung nach § 16k");
		Run foreignRun = runs.runsOf(foreign).getFirst();
		UUID own = offer("Aktivierungshilfe „Neustart am Kai“");
		for (String path : new String[] { BASE + "/" + foreign, BASE + "/" + foreign + "/runs/new",
				BASE + "/" + foreign + "/runs/" + foreignRun.id(), BASE + "/" + own + "/runs/" + foreignRun.id() }) {
			mvc.perform(get(path).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		}
		Instant confirmedBefore = foreignRun.placesConfirmedAt();
		for (String action : new String[] { "/confirm", "/cancel", "/delete", "" }) {
			mvc.perform(post(BASE + "/" + own + "/runs/" + foreignRun.id() + action).param("reason", "Test")
				.param("startDate", "2030-01-01").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
				.andExpect(status().isNotFound());
			mvc.perform(post(BASE + "/" + foreign + "/runs/" + foreignRun.id() + action).param("reason", "Test")
				.param("startDate", "2030-01-01").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		int foreignRuns = runCount(foreign);
		mvc.perform(post(BASE + "/" + foreign + "/runs/new").param("startDate", "2030-01-01")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isNotFound());
		Run after = runs.find(foreignRun.id()).orElseThrow();
		assertThat(after.placesConfirmedAt()).isEqualTo(confirmedBefore);
		assertThat(after.cancelled()).isFalse();
		assertThat(after.startDate()).isEqualTo(foreignRun.startDate());
		assertThat(runCount(foreign)).isEqualTo(foreignRuns);

		// a member without an editing role is forbidden; the approver of another organisation does not see it
		mvc.perform(get("/manage/jobcenter-hafenstadt/offers").with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(status().isForbidden());
		mvc.perform(get(BASE).with(as(people, Logins.JOBCENTER_ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void aProviderTakesAnOfferOffTheCatalogAndBackDiscardsAChangeAndDeletesADraft() throws Exception {
		UUID provider = jdbc.sql("select id from organisation where slug = 'bildungswerk-kai'").query(UUID.class).single();
		UUID owner = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'").query(UUID.class).single();
		Editor staff = new Editor(null, "Test");
		String title = "Aus dem Katalog " + UUID.randomUUID();
		UUID published = offers.create(provider, owner, content(title), staff, null);
		offers.submit(published, staff);
		offers.publish(published, 1, new Editor(null, "Freigabe"));
		mvc.perform(get("/offers/" + published + "?lang=de")).andExpect(status().isOk());

		// a change in work is given up; the published version stays
		offers.saveDraft(published, content(title + " geändert"), staff);
		mvc.perform(post(BASE + "/" + published + "/discard").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(offers.workingVersion(published)).isEmpty();
		assertThat(offers.find(published).orElseThrow().title()).isEqualTo(title);

		// off the catalog: no public page; back: public again (asked with a query string, which the public page
		// cache never keeps, so each answer is rendered now)
		assertThat(page(get(BASE + "/" + published))).contains("Aus dem Katalog nehmen");
		mvc.perform(post(BASE + "/" + published + "/archive").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(offers.find(published).orElseThrow().state()).isEqualTo(OfferState.ARCHIVED);
		mvc.perform(get("/offers/" + published + "?lang=de")).andExpect(status().isNotFound());
		assertThat(page(get(BASE + "/" + published))).contains("Wieder in den Katalog aufnehmen");
		mvc.perform(post(BASE + "/" + published + "/unarchive").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/offers/" + published + "?lang=de")).andExpect(status().isOk());

		// a published offer cannot be deleted (a message, nothing lost); a draft can
		mvc.perform(post(BASE + "/" + published + "/delete").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(offers.find(published)).isPresent();
		UUID draft = offers.create(provider, owner, content("Nur ein Entwurf " + UUID.randomUUID()), staff, null);
		mvc.perform(post(BASE + "/" + draft + "/delete").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(offers.find(draft)).isEmpty();

		// another provider's offer: not found, nothing changes
		UUID foreign = offer("Kompass – ganzheitliche Betreuung nach § 16k");
		for (String action : new String[] { "/archive", "/unarchive", "/discard", "/delete" }) {
			mvc.perform(post(BASE + "/" + foreign + action).with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(offers.find(foreign).orElseThrow().state()).isEqualTo(OfferState.PUBLISHED);
	}

	private static OfferContent content(String title) {
		return new OfferContent("de", title, "Kurz beschrieben", null, java.util.List.of(), null, java.util.List.of(), null,
				null, java.util.List.of("DE_MUNICIPAL"), java.util.List.of(), null, Format.IN_PERSON, TimeModel.PART_TIME, null,
				java.util.List.of(), java.util.List.of(), null);
	}

	private MockHttpServletRequestBuilder form(UUID offer, LocalDate start, LocalDate end, LocalDate deadline, String places,
			String max, String min, String room) {
		MockHttpServletRequestBuilder request = post(BASE + "/" + offer + "/runs/new").param("city", "Hafenstadt")
			.param("placesAvailable", places).param("maxParticipants", max).param("enrolmentOpen", "true")
			.param("_enrolmentOpen", "on").param("_rollingEntry", "on").param("_guaranteed", "on");
		if (start != null) {
			request.param("startDate", start.toString());
		}
		if (end != null) {
			request.param("endDate", end.toString());
		}
		if (deadline != null) {
			request.param("registrationDeadline", deadline.toString());
		}
		if (min != null) {
			request.param("minParticipants", min);
		}
		if (room != null) {
			request.param("room", room);
		}
		return request;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UUID offer(String title) {
		return jdbc.sql("select id from offer where title = ?").param(title).query(UUID.class).single();
	}

	private int runCount(UUID offer) {
		return jdbc.sql("select count(*) from offer_run where offer_id = ?").param(offer).query(Integer.class).single();
	}
}
