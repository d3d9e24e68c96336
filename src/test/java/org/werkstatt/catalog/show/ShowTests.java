package org.werkstatt.catalog.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.Logins;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/**
 * The organiser's product show (pick published offers, reorder, remove, who may), the section on the event's
 * page and the show on the big screen.
 */
class ShowTests extends FullStackTest {

	private static final String MODERATOR = "moderation@jobcenter-hafenstadt.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventStore eventStore;

	@LocalServerPort
	int port;

	ShowFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ShowFixture(jdbc, eventStore);
	}

	@Test
	void theOrganiserPicksAPublishedOfferWithPresenterSlotAndStand() throws Exception {
		UUID event = fixture.event("jobcenter-hafenstadt", "Produktschau Pick", Visibility.PUBLIC);
		UUID offer = fixture.offer("bildungswerk-kai", "Schweißen lernen Pickwort", "PUBLISHED");
		String page = "/manage/jobcenter-hafenstadt/events/" + event + "/offers";
		mvc.perform(get(page).param("q", "Pickwort").with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schweißen lernen Pickwort")))
			.andExpect(content().string(containsString("value=\"" + offer + "\"")));
		mvc.perform(post(page).param("offerId", offer.toString()).param("presenter", "Ada Aksoy")
			.param("slot", "10:00–10:20").param("stand", "Stand 3").with(csrf()).with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(redirectedUrl(page));
		assertThat(presenters(event)).containsExactly("Ada Aksoy");
		mvc.perform(get(page).with(as(people, MODERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schweißen lernen Pickwort")))
			.andExpect(content().string(containsString("value=\"Stand 3\"")));

		mvc.perform(get("/events/" + event))
			.andExpect(content().string(containsString("Produktschau: Angebote aus dem Katalog")))
			.andExpect(content().string(containsString("href=\"/offers/" + offer + "\"")))
			.andExpect(content().string(containsString("vorgestellt von Ada Aksoy · 10:00–10:20 · Stand: Stand 3")))
			.andExpect(content().string(containsString("/events/" + event + "/offers/" + offer + "/interest")));
	}

	@Test
	void aForgedDraftOrUnknownOfferIsRefusedWithAMessageAndNothingStored() throws Exception {
		UUID event = fixture.event("jobcenter-hafenstadt", "Produktschau Fälschung", Visibility.PUBLIC);
		UUID draft = fixture.offer("bildungswerk-kai", "Entwurf nicht öffentlich", "DRAFT");
		UUID archived = fixture.offer("bildungswerk-kai", "Archiviert nicht öffentlich", "ARCHIVED");
		String page = "/manage/jobcenter-hafenstadt/events/" + event + "/offers";
		for (String forged : List.of(draft.toString(), archived.toString(), UUID.randomUUID().toString(), "kein-angebot")) {
			mvc.perform(post(page).param("offerId", forged).param("presenter", "Bo <b>Berg</b>").with(csrf())
				.with(as(people, Logins.JOBCENTER_ADMIN)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dieses Angebot ist nicht im öffentlichen Katalog.")))
				.andExpect(content().string(containsString("value=\"Bo &lt;b&gt;Berg&lt;/b&gt;\"")));
		}
		mvc.perform(post(page).param("presenter", "x").with(csrf()).with(as(people, Logins.JOBCENTER_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte wählen Sie ein Angebot aus der Liste.")));
		assertThat(presenters(event)).isEmpty();
		mvc.perform(get("/events/" + event)).andExpect(content().string(not(containsString("Angebote aus dem Katalog"))));
	}

	@Test
	void theOrganiserReordersEditsAndRemovesOffers() throws Exception {
		UUID event = fixture.event("jobcenter-hafenstadt", "Produktschau Ordnung", Visibility.PUBLIC);
		UUID first = fixture.offer("bildungswerk-kai", "Erstes Angebot Ordnung", "PUBLISHED");
		UUID second = fixture.offer("perspektive-plus", "Zweites Angebot Ordnung", "PUBLISHED");
		String page = "/manage/jobcenter-hafenstadt/events/" + event + "/offers";
		RequestPostProcessor planner = as(people, Logins.JOBCENTER_PLANNER);
		for (UUID offer : List.of(first, second)) {
			mvc.perform(post(page).param("offerId", offer.toString()).with(csrf()).with(planner)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post(page).param("offerId", first.toString()).with(csrf()).with(planner))
			.andExpect(content().string(containsString("schon in der Produktschau")));
		assertThat(order(event)).containsExactly(first, second);
		mvc.perform(post(page + "/" + first + "/down").with(csrf()).with(planner)).andExpect(status().is3xxRedirection());
		assertThat(order(event)).containsExactly(second, first);
		mvc.perform(post(page + "/" + first + "/up").with(csrf()).with(planner)).andExpect(status().is3xxRedirection());
		assertThat(order(event)).containsExactly(first, second);

		mvc.perform(post(page + "/" + second).param("presenter", "<script>alert(1)</script>").param("slot", "nachmittags")
			.param("stand", "").with(csrf()).with(planner)).andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(planner))
			.andExpect(content().string(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		mvc.perform(get("/events/" + event))
			.andExpect(content().string(containsString("vorgestellt von &lt;script&gt;alert(1)&lt;/script&gt;")));
		mvc.perform(post(page + "/" + second).param("presenter", "x".repeat(201)).param("slot", "abends").with(csrf()).with(planner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("höchstens 200 Zeichen")))
			.andExpect(content().string(containsString("value=\"abends\"")));
		assertThat(presenters(event)).contains("<script>alert(1)</script>");

		mvc.perform(post(page + "/" + first + "/remove").with(csrf()).with(planner)).andExpect(status().is3xxRedirection());
		assertThat(order(event)).containsExactly(second);
		mvc.perform(post(page + "/" + first + "/remove").with(csrf()).with(planner)).andExpect(status().isNotFound());
	}

	@Test
	void onlyOrganisersOfTheEventGetThere() throws Exception {
		UUID event = fixture.event("jobcenter-hafenstadt", "Produktschau Zugang", Visibility.PUBLIC);
		UUID offer = fixture.offer("bildungswerk-kai", "Angebot Zugang", "PUBLISHED");
		UUID other = fixture.event("buendnis-nordufer", "Treffen des Bündnisses Zugang", Visibility.PUBLIC);
		String page = "/manage/jobcenter-hafenstadt/events/" + event + "/offers";
		// a member without an organiser's role
		mvc.perform(get(page).with(as(people, "fallmanagement@jobcenter-hafenstadt.example"))).andExpect(status().isForbidden());
		// not a member of the organisation in the address
		mvc.perform(get(page).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		mvc.perform(get(page).with(as(people, Logins.NETWORK_ADMIN))).andExpect(status().isNotFound());
		// the network's admin with its own organisation in the address, but the jobcenter's event
		String foreign = "/manage/buendnis-nordufer/events/" + event + "/offers";
		mvc.perform(get(foreign).with(as(people, Logins.NETWORK_ADMIN))).andExpect(status().isNotFound());
		mvc.perform(post(foreign).param("offerId", offer.toString()).with(csrf()).with(as(people, Logins.NETWORK_ADMIN)))
			.andExpect(status().isNotFound());
		// the jobcenter's planner with the network's event
		mvc.perform(get("/manage/jobcenter-hafenstadt/events/" + other + "/offers").with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(status().isNotFound());
		assertThat(presenters(event)).isEmpty();
		// a co-organiser manages the show like the owner
		jdbc.sql("insert into event_co_organiser (event_id, organisation_id) values (?, ?)")
			.params(event, fixture.organisation("buendnis-nordufer"))
			.update();
		mvc.perform(post(foreign).param("offerId", offer.toString()).with(csrf()).with(as(people, Logins.NETWORK_ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(order(event)).containsExactly(offer);
	}

	@Test
	void theScreenShowsOneOfferAtATimeWithAQrCodeToItsPage() throws Exception {
		UUID event = fixture.event("jobcenter-hafenstadt", "Produktschau Bildschirm", Visibility.INVITATION);
		UUID first = fixture.offer("bildungswerk-kai", "Bildschirm Eins", "PUBLISHED");
		UUID hidden = fixture.offer("bildungswerk-kai", "Bildschirm Archiviert", "PUBLISHED");
		UUID second = fixture.offer("perspektive-plus", "Bildschirm Zwei", "PUBLISHED");
		fixture.show(event, first, 1, "Ada");
		fixture.show(event, hidden, 2, "Bo");
		fixture.show(event, second, 3, "Cem");
		jdbc.sql("update offer set state = 'ARCHIVED' where id = ?").param(hidden).update();
		String screen = "/events/" + event + "/offers/screen";
		mvc.perform(get(screen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bildschirm Eins")))
			.andExpect(content().string(containsString("Angebot 1 von 2")))
			.andExpect(content().string(containsString("/events/" + event + "/offers/" + first + "/qr.svg")))
			.andExpect(content().string(containsString("http://localhost:8080/offers/" + first)))
			.andExpect(content().string(containsString("rel=\"next\" href=\"" + screen + "?slide=2\"")))
			.andExpect(content().string(containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")))
			.andExpect(content().string(not(containsString("data-advance"))));
		mvc.perform(get(screen).param("slide", "2"))
			.andExpect(content().string(containsString("Bildschirm Zwei")))
			.andExpect(content().string(not(containsString("Bildschirm Archiviert"))))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
		mvc.perform(get(screen).param("slide", "99")).andExpect(content().string(containsString("Angebot 2 von 2")));
		mvc.perform(get(screen).param("slide", "<x>")).andExpect(content().string(containsString("Angebot 1 von 2")));
		mvc.perform(get(screen).param("slide", "2").param("kiosk", "1"))
			.andExpect(content().string(containsString("data-advance=\"" + screen + "?kiosk=1&amp;slide=1\"")))
			.andExpect(content().string(containsString("data-seconds=\"12\"")))
			.andExpect(content().string(containsString("/js/offer-show.js")));
		mvc.perform(get("/events/" + event + "/offers/" + first + "/qr.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")))
			.andExpect(content().string(containsString("http://localhost:8080/offers/" + first)));
		mvc.perform(get("/events/" + event + "/offers/" + hidden + "/qr.svg")).andExpect(status().isNotFound());
		mvc.perform(get("/events/" + UUID.randomUUID() + "/offers/screen")).andExpect(status().isNotFound());
		// the QR code's address is the site's, whatever Host the request names
		String forged = new HttpSession(port).getWithHost("/events/" + event + "/offers/" + first + "/qr.svg", "evil.example");
		assertThat(forged).contains("http://localhost:8080/offers/" + first).doesNotContain("evil.example");
		// an empty show says so
		UUID empty = fixture.event("jobcenter-hafenstadt", "Produktschau leer", Visibility.PUBLIC);
		mvc.perform(get("/events/" + empty + "/offers/screen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noch keine Angebote in der Produktschau.")));
	}

	@Test
	void theDemosLiveWorkshopPresentsSixOffersOfTheCatalogWithInterests() throws Exception {
		UUID live = jdbc.sql("select event_id from live_session where code = 'DEMO'").query(UUID.class).single();
		assertThat(order(live)).hasSize(6);
		assertThat(jdbc.sql("select count(*) from offer_interest where event_id = ?").param(live).query(Integer.class).single())
			.isEqualTo(8);
		assertThat(jdbc.sql("select contact from offer_interest where event_id = ? and contact is not null").param(live)
			.query(String.class).list()).containsExactly("jana.beispiel@example.org");
		mvc.perform(get("/events/" + live))
			.andExpect(content().string(containsString("Umschulung Fachkraft für Lagerlogistik (IHK)")))
			.andExpect(content().string(containsString("Arbeitgeberservice: Förderung bei Einstellung")));
	}

	@Test
	void theOfferPageNamesTheListedEventsWhereItIsPresented() throws Exception {
		UUID offer = fixture.offer("perspektive-plus", "Angebot mit Auftritten", "PUBLISHED");
		UUID open = fixture.event("jobcenter-hafenstadt", "Öffentliche Produktschau Auftritt", Visibility.PUBLIC);
		UUID closed = fixture.event("jobcenter-hafenstadt", "Geschlossene Runde Auftritt", Visibility.INVITATION);
		fixture.show(open, offer, 1, "Pia <i>Praxis</i>");
		fixture.show(closed, offer, 1, "Geheim");
		mvc.perform(get("/offers/" + offer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vorgestellt auf Veranstaltungen")))
			.andExpect(content().string(containsString("Öffentliche Produktschau Auftritt")))
			.andExpect(content().string(containsString("vorgestellt von Pia &lt;i&gt;Praxis&lt;/i&gt;")))
			.andExpect(content().string(containsString("/events/" + open + "/offers/" + offer + "/interest")))
			.andExpect(content().string(not(containsString("Geschlossene Runde Auftritt"))))
			.andExpect(content().string(not(containsString("Geheim"))));
		UUID quiet = fixture.offer("perspektive-plus", "Angebot ohne Auftritt", "PUBLISHED");
		mvc.perform(get("/offers/" + quiet)).andExpect(content().string(not(containsString("Vorgestellt auf Veranstaltungen"))));
	}

	private List<String> presenters(UUID event) {
		return jdbc.sql("select coalesce(presenter, '') from offer_showcase where event_id = ? order by position")
			.param(event)
			.query(String.class)
			.list();
	}

	private List<UUID> order(UUID event) {
		return jdbc.sql("select offer_id from offer_showcase where event_id = ? order by position")
			.param(event)
			.query(UUID.class)
			.list();
	}
}
