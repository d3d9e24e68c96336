package org.werkstatt.cooperation.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.time.LocalDateTime;
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
 * Success stories and info events on the running application with the demo: the story's way from draft to the public
 * site, its withdrawal with the consent, the pseudonymisation warnings, and info events with invitations, each
 * through the access rule.
 */
class StoryTests extends FullStackTest {

	static final String CASEWORKER = "fallmanagement@jobcenter-hafenstadt.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoPublishesTwoStoriesOnTheProgrammeAndTheProviderPage() throws Exception {
		String programme = page(get("/programmes/" + agreement() + "/stories?lang=de"), null, 200);
		assertThat(programme).contains("Vom Praktikum in die Festanstellung", "Ausbildung zur Pflegefachfrau")
			.doesNotContain("Mein erster Arbeitsvertrag").doesNotContain("Novak").doesNotContain("Tesfaye");
		String provider = page(get("/o/bildungswerk-kai?lang=de"), null, 200);
		assertThat(provider).contains("Vom Praktikum in die Festanstellung");
		assertThat(page(get("/o/jobcenter-hafenstadt?lang=de"), null, 200)).doesNotContain("Vom Praktikum in die Festanstellung");
		UUID submitted = jdbc.sql("select s.id from coop_story s join coop_participant p on p.id = s.participant_id where p.last_name = 'Yusuf'")
			.query(UUID.class).single();
		page(get("/stories/" + submitted + "?lang=de"), null, 404);
		page(get("/programmes/" + UUID.randomUUID() + "/stories?lang=de"), null, 404);
	}

	@Test
	void aStoryGoesFromTheProviderThroughTheJobcenterToTheSiteAndIsWithdrawnWithTheConsent() throws Exception {
		UUID sultani = participant("Sultani");
		String story = "/work/coop/" + agreement() + "/participants/" + sultani + "/story";
		// without a consent to a story: nothing stored
		assertThat(page(get(story), Logins.PROVIDER_STAFF, 200)).contains("story-consent");
		page(post(story).param("pseudonym", "Mila").param("title", "Neu").param("body", "Text"), Logins.PROVIDER_STAFF, 200);
		assertThat(count(sultani)).isZero();

		UUID consent = jdbc.sql("update consent set success_story = true where participant_id = ? and withdrawn_at is null returning id")
			.param(sultani).query(UUID.class).list().getFirst();
		// the real first name as pseudonym is refused; the real last name and the date of birth in the text warn
		String refused = page(post(story).param("pseudonym", "Mina").param("title", "Titel").param("body", "<script>alert(1)</script>"),
				Logins.PROVIDER_STAFF, 200);
		assertThat(refused).contains("kern-error").contains("&lt;script&gt;").doesNotContain("<script>alert(1)");
		String born = jdbc.sql("select to_char(date_of_birth, 'DD.MM.YYYY') from coop_participant where id = ?").param(sultani)
			.query(String.class).single();
		String warned = page(post(story).param("pseudonym", "Mila").param("title", "Mila schafft es")
			.param("body", "Frau Sultani, geboren am " + born + ", hat es geschafft."), Logins.PROVIDER_STAFF, 200);
		assertThat(warned).contains("story-warnings").contains("Frau Sultani, geboren am");
		assertThat(count(sultani)).isZero();
		page(post(story).param("pseudonym", "Mila").param("title", "Mila schafft es").param("body", "Mila hat es geschafft.")
			.param("district", "Bezirk Nordufer").param("acknowledged", "false"), Logins.PROVIDER_STAFF, 302);
		assertThat(state(sultani)).isEqualTo("DRAFT");

		// the jobcenter neither writes nor reviews a draft; the provider does not review
		page(post(story).param("pseudonym", "X").param("title", "X").param("body", "X"), CASEWORKER, 404);
		page(post(story + "/review").param("decision", "APPROVE"), Logins.PROVIDER_STAFF, 404);
		page(post(story + "/submit"), Logins.PROVIDER_STAFF, 302);
		assertThat(state(sultani)).isEqualTo("SUBMITTED");
		// sending back needs a reason
		page(post(story + "/review").param("decision", "SEND_BACK"), CASEWORKER, 200);
		assertThat(state(sultani)).isEqualTo("SUBMITTED");
		page(post(story + "/review").param("decision", "SEND_BACK").param("reason", "Bitte den Bezirk weglassen."), CASEWORKER, 302);
		assertThat(state(sultani)).isEqualTo("SENT_BACK");
		assertThat(page(get(story), Logins.PROVIDER_STAFF, 200)).contains("Bitte den Bezirk weglassen.");
		int version = jdbc.sql("select version from coop_story where participant_id = ?").param(sultani).query(Integer.class).single();
		// a stale version keeps what was typed
		assertThat(page(post(story).param("pseudonym", "Mila").param("title", "Veraltet").param("body", "Mila hat es geschafft.")
			.param("version", String.valueOf(version - 1)), Logins.PROVIDER_STAFF, 200)).contains("Veraltet");
		page(post(story).param("pseudonym", "Mila").param("title", "Mila schafft es").param("body", "Mila hat es geschafft.")
			.param("version", String.valueOf(version)), Logins.PROVIDER_STAFF, 302);
		page(post(story + "/submit"), Logins.PROVIDER_STAFF, 302);
		// not published before approval
		page(post(story + "/publish"), Logins.PROVIDER_STAFF, 302);
		assertThat(state(sultani)).isEqualTo("SUBMITTED");
		page(post(story + "/review").param("decision", "APPROVE"), CASEWORKER, 302);
		page(post(story + "/publish"), Logins.PROVIDER_STAFF, 302);
		assertThat(state(sultani)).isEqualTo("PUBLISHED");
		UUID id = jdbc.sql("select id from coop_story where participant_id = ?").param(sultani).query(UUID.class).single();
		String published = page(get("/stories/" + id + "?lang=de"), null, 200);
		assertThat(published).contains("Mila schafft es").contains("Mila").doesNotContain("Sultani").doesNotContain("Mina");
		assertThat(page(get("/programmes/" + agreement() + "/stories?lang=en"), null, 200)).contains("Mila schafft es");

		// the jobcenter records the withdrawal: the story is gone from the site at once, its text erased
		page(post("/work/coop/" + agreement() + "/participants/" + sultani + "/consents/" + consent + "/withdraw"), CASEWORKER, 302);
		assertThat(state(sultani)).isEqualTo("WITHDRAWN");
		assertThat(jdbc.sql("select body from coop_story where participant_id = ?").param(sultani).query(String.class).single()).isEmpty();
		page(get("/stories/" + id + "?lang=da"), null, 404);
		assertThat(page(get("/programmes/" + agreement() + "/stories?lang=da"), null, 200)).doesNotContain("Mila schafft es");
		assertThat(page(get("/o/bildungswerk-kai?lang=da"), null, 200)).doesNotContain("Mila schafft es");
	}

	@Test
	void aPublishedStoryIsOffTheSiteTheMomentItsConsentIsWithdrawnEvenWithoutTheListener() throws Exception {
		UUID novak = participant("Novak");
		UUID id = jdbc.sql("select id from coop_story where participant_id = ?").param(novak).query(UUID.class).single();
		page(get("/stories/" + id + "?lang=en"), null, 200);
		jdbc.sql("update consent set withdrawn_at = now() where id = (select consent_id from coop_story where id = ?)").param(id).update();
		page(get("/stories/" + id + "?lang=de"), null, 404);
		jdbc.sql("update consent set withdrawn_at = null where id = (select consent_id from coop_story where id = ?)").param(id).update();
	}

	@Test
	void theProviderCreatesAnInfoEventAboutItsOfferAndTheJobcenterInvitesAParticipant() throws Exception {
		String events = "/work/coop/" + agreement() + "/info-events";
		assertThat(page(get(events), Logins.PROVIDER_STAFF, 200)).contains("Infoveranstaltung MY TURN").contains("info-event-form");
		assertThat(page(get(events), CASEWORKER, 200)).doesNotContain("info-event-form");
		UUID offer = jdbc.sql("select offer_id from coop_info_event where agreement_id = ? and offer_id is not null limit 1")
			.param(agreement()).query(UUID.class).optional().orElse(null);
		LocalDateTime start = LocalDateTime.now().plusDays(10).withSecond(0).withNano(0);
		int before = jdbc.sql("select count(*) from coop_info_event").query(Integer.class).single();
		String bad = page(withOffer(post(events), offer).param("title", "<b>Info</b>").param("startsAt", start.toString())
			.param("endsAt", start.minusHours(1).toString()), Logins.PROVIDER_STAFF, 200);
		assertThat(bad).contains("kern-error").contains("&lt;b&gt;Info&lt;/b&gt;");
		page(withOffer(post(events), offer).param("title", "Info").param("startsAt", "morgen").param("endsAt", ""), Logins.PROVIDER_STAFF, 200);
		page(post(events).param("offerId", UUID.randomUUID().toString()).param("title", "Info")
			.param("startsAt", start.toString()).param("endsAt", start.plusHours(2).toString()), Logins.PROVIDER_STAFF, 200);
		assertThat(jdbc.sql("select count(*) from coop_info_event").query(Integer.class).single()).isEqualTo(before);
		// the jobcenter does not create them here (provider only), logged as refused
		long log = lastLog();
		page(withOffer(post(events), offer).param("title", "Info").param("startsAt", start.toString())
			.param("endsAt", start.plusHours(2).toString()), CASEWORKER, 404);
		assertThat(jdbc.sql("select reason from access_log where id > ?").param(log).query(String.class).list()).containsExactly("PROVIDER_ONLY");
		page(withOffer(post(events), offer).param("title", "Sprechstunde zu MY TURN").param("startsAt", start.toString())
			.param("endsAt", start.plusHours(2).toString()).param("city", "Hafenstadt").param("listed", "true"), Logins.PROVIDER_STAFF, 302);
		UUID event = jdbc.sql("select id from event where title = 'Sprechstunde zu MY TURN'").query(UUID.class).single();
		assertThat(jdbc.sql("select format from event where id = ?").param(event).query(String.class).single()).isEqualTo("INFO_EVENT");
		assertThat(jdbc.sql("select o.slug from event e join organisation o on o.id = e.organisation_id where e.id = ?").param(event)
			.query(String.class).single()).isEqualTo("jobcenter-hafenstadt");
		assertThat(jdbc.sql("select o.slug from event_co_organiser c join organisation o on o.id = c.organisation_id where c.event_id = ?")
			.param(event).query(String.class).list()).containsExactly("bildungswerk-kai");

		UUID kovalenko = participant("Kovalenko");
		String invitations = "/work/coop/" + agreement() + "/participants/" + kovalenko + "/info-events";
		page(post(invitations).param("eventId", event.toString()), Logins.PROVIDER_STAFF, 404);
		page(post(invitations).param("eventId", UUID.randomUUID().toString()), CASEWORKER, 200);
		page(post(invitations).param("eventId", "kein-uuid"), CASEWORKER, 200);
		assertThat(invitationCount(kovalenko)).isZero();
		log = lastLog();
		page(post(invitations).param("eventId", event.toString()), CASEWORKER, 302);
		assertThat(jdbc.sql("select kind || ':' || granted from access_log where id > ?").param(log).query(String.class).list())
			.containsExactly("WRITE:true");
		assertThat(invitationCount(kovalenko)).isEqualTo(1);
		page(post(invitations).param("eventId", event.toString()), CASEWORKER, 302);
		assertThat(invitationCount(kovalenko)).isEqualTo(1);
		// the letter in the participant's language (Olena Kovalenko reads English), the page in the caseworker's
		String letter = page(get(invitations + "/letter?event=" + event + "&lang=de"), CASEWORKER, 200);
		assertThat(letter).contains("Dear Olena Kovalenko,").contains("Sprechstunde zu MY TURN").contains("lang=\"en\"");
		page(get(invitations + "/letter?event=" + event), Logins.PROVIDER_STAFF, 404);
		page(get(invitations + "/letter?event=" + UUID.randomUUID()), CASEWORKER, 404);
		assertThat(page(get(invitations), Logins.PROVIDER_STAFF, 200)).contains("Sprechstunde zu MY TURN").doesNotContain("invite-form");
	}

	@Test
	void theJobcenterSeesTheStoriesToReviewOnItsStartPage() throws Exception {
		assertThat(page(get("/my-work?lang=de"), CASEWORKER, 200)).contains("/work/coop/" + agreement() + "/stories");
		String list = page(get("/work/coop/" + agreement() + "/stories"), CASEWORKER, 200);
		assertThat(list).contains("Mein erster Arbeitsvertrag").contains("Yusuf, Amina");
	}

	// ---- helpers ----

	private String page(MockHttpServletRequestBuilder request, String email, int expected) throws Exception {
		if (email != null) {
			request.with(as(people, email));
		}
		return mvc.perform(request.with(csrf())).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder withOffer(MockHttpServletRequestBuilder request, UUID offer) {
		return offer == null ? request : request.param("offerId", offer.toString());
	}

	private UUID agreement() {
		return jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
	}

	private UUID participant(String lastName) {
		return jdbc.sql("select id from coop_participant where last_name = ?").param(lastName).query(UUID.class).single();
	}

	private int count(UUID participant) {
		return jdbc.sql("select count(*) from coop_story where participant_id = ?").param(participant).query(Integer.class).single();
	}

	private String state(UUID participant) {
		return jdbc.sql("select status from coop_story where participant_id = ?").param(participant).query(String.class).single();
	}

	private int invitationCount(UUID participant) {
		return jdbc.sql("select count(*) from coop_info_invitation where participant_id = ?").param(participant).query(Integer.class).single();
	}

	private long lastLog() {
		return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}

}
