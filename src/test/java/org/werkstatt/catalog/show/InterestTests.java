package org.werkstatt.catalog.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.Logins;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/**
 * Visitors mark interest on their phone without an account: once per browser, a contact only with consent,
 * erased after its time; the provider sees the interests in its own offers only.
 */
class InterestTests extends FullStackTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventStore eventStore;

	@Autowired
	InterestRetention retention;

	@LocalServerPort
	int port;

	ShowFixture fixture;
	UUID event;
	UUID kai;
	UUID plus;

	@BeforeEach
	void show() {
		fixture = new ShowFixture(jdbc, eventStore);
		event = fixture.event("jobcenter-hafenstadt", "Produktschau Interesse " + UUID.randomUUID(), Visibility.PUBLIC);
		kai = fixture.offer("bildungswerk-kai", "Interesse Kai " + UUID.randomUUID(), "PUBLISHED");
		plus = fixture.offer("perspektive-plus", "Interesse Plus " + UUID.randomUUID(), "PUBLISHED");
		fixture.show(event, kai, 1, "Ada");
		fixture.show(event, plus, 2, "Bo");
	}

	@Test
	void anAnonymousMarkCountsOncePerBrowser() {
		HttpSession phone = new HttpSession(port);
		String path = interest(kai);
		HttpResponse<String> form = phone.get(path);
		assertThat(form.body()).contains("Ich bin interessiert").contains("Ada");
		assertThat(form.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("WERKSTATT_INTEREST=") && c.contains("HttpOnly"));
		HttpResponse<String> marked = phone.post(path, Map.of());
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(marked.headers().firstValue("Location").orElseThrow()).endsWith(path);
		assertThat(phone.get(path).body()).contains("Danke! Ihr Interesse ist gezählt – anonym.");
		assertThat(phone.get(path).body()).contains("Sie haben Ihr Interesse an diesem Angebot schon gemeldet.");
		phone.post(path, Map.of());
		assertThat(phone.get(path).body()).contains("Es zählt nur einmal.");
		assertThat(count(kai)).isEqualTo(1);

		HttpSession other = new HttpSession(port);
		other.get(path);
		other.post(path, Map.of());
		// a forged cookie is no way around the count: it gets a token of its own
		HttpSession forged = new HttpSession(port);
		forged.cookie("WERKSTATT_INTEREST", "<script>");
		forged.get(path);
		forged.post(path, Map.of());
		assertThat(count(kai)).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from offer_interest where event_id = ? and contact is not null").param(event)
			.query(Integer.class).single()).isZero();

		// a post without the token the form gives (a script that never read the form) counts nothing
		HttpSession script = new HttpSession(port);
		script.get("/login");
		HttpResponse<String> scripted = script.post(path, Map.of("name", "Spam", "contact", "spam@example.org", "consent", "true"));
		assertThat(scripted.statusCode()).isEqualTo(302);
		assertThat(script.get(path).body()).contains("Gezählt wurde noch nichts.");
		assertThat(count(kai)).isEqualTo(3);
	}

	@Test
	void aContactIsKeptWithConsentOnly() {
		HttpSession phone = new HttpSession(port);
		String path = interest(kai);
		phone.get(path);
		phone.post(path, Map.of("name", "Erika Beispiel", "contact", "erika@example.org"));
		assertThat(phone.get(path).body()).contains("Name und Kontakt haben wir nicht gespeichert");
		assertThat(row(kai).get("contact")).isNull();
		assertThat(row(kai).get("name")).isNull();

		HttpResponse<String> invalid = phone.post(path, Map.of("name", "Erika <b>Beispiel</b>", "contact", "keine Ahnung", "consent", "true"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("mindestens sechs Ziffern").contains("value=\"Erika &lt;b&gt;Beispiel&lt;/b&gt;\"")
			.contains("value=\"keine Ahnung\"");
		assertThat(row(kai).get("contact")).isNull();

		phone.get(path);
		phone.post(path, Map.of("name", "Erika Beispiel", "contact", "+49 40 123456", "consent", "true"));
		assertThat(phone.get(path).body()).contains("Ihr Kontakt ist gespeichert");
		Map<String, Object> row = row(kai);
		assertThat(row.get("contact")).isEqualTo("+49 40 123456");
		assertThat(row.get("name")).isEqualTo("Erika Beispiel");
		assertThat(row.get("consent_at")).isNotNull();
		assertThat(count(kai)).isEqualTo(1);

		HttpSession second = new HttpSession(port);
		second.get(interest(plus) + "?lang=en");
		HttpResponse<String> en = second.post(interest(plus), Map.of("contact", "ole@example.dk", "consent", "true"));
		assertThat(en.headers().firstValue("Location").orElseThrow()).doesNotContain("example.dk");
		assertThat(second.get(interest(plus)).body()).contains("the provider can contact you");
		assertThat(row(plus).get("language")).isEqualTo("en");
	}

	@Test
	void theProviderSeesTheInterestsInItsOwnOffersOnly() {
		HttpSession phone = new HttpSession(port);
		phone.get(interest(kai));
		phone.post(interest(kai), Map.of("name", "Kai-Kontakt", "contact", "kai-kontakt@example.org", "consent", "true"));
		phone.get(interest(plus));
		phone.post(interest(plus), Map.of("name", "Plus-Kontakt", "contact", "plus-kontakt@example.org", "consent", "true"));

		HttpSession provider = new HttpSession(port);
		assertThat(provider.signIn(Logins.PROVIDER_STAFF, DemoAccounts.PASSWORD)).isTrue();
		assertThat(provider.get("/my-work").body()).containsPattern("neue Interessensmeldung(en)? zu Ihren Angeboten");
		String list = provider.get("/manage/bildungswerk-kai/offers/interest").body();
		assertThat(list).contains("Kai-Kontakt").contains("kai-kontakt@example.org").doesNotContain("Plus-Kontakt")
			.doesNotContain("plus-kontakt@example.org");
		assertThat(provider.get("/my-work").body()).doesNotContain("zu Ihren Angeboten");
		assertThat(provider.get("/manage/perspektive-plus/offers/interest").statusCode()).isEqualTo(404);

		// the organiser sees the counts, never the contacts
		HttpSession organiser = new HttpSession(port);
		organiser.signIn(Logins.JOBCENTER_PLANNER, DemoAccounts.PASSWORD);
		String show = organiser.get("/manage/jobcenter-hafenstadt/events/" + event + "/offers").body();
		assertThat(show).contains("1 Person interessiert").doesNotContain("kai-kontakt@example.org").doesNotContain("Plus-Kontakt");
		assertThat(organiser.get("/manage/jobcenter-hafenstadt/offers/interest").statusCode()).isEqualTo(403);
	}

	@Test
	void contactsAreErasedWhenTheirTimeIsUpAndTheCountStays() {
		HttpSession phone = new HttpSession(port);
		phone.get(interest(kai));
		phone.post(interest(kai), Map.of("name", "Greta Gelöscht", "contact", "greta@example.org", "consent", "true"));
		Instant until = jdbc.sql("select contact_until from offer_interest where offer_id = ?").param(kai)
			.query(java.sql.Timestamp.class).single().toInstant();
		Instant ends = jdbc.sql("select ends_at from event where id = ?").param(event).query(java.sql.Timestamp.class).single().toInstant();
		assertThat(until).isEqualTo(ends.plus(90, ChronoUnit.DAYS));
		// the job runs with the time of day: this row's time is moved instead, so other tests' contacts stay
		Instant now = Instant.now();
		jdbc.sql("update offer_interest set contact_until = ? where offer_id = ?").params(java.sql.Timestamp.from(now.plusSeconds(60)), kai).update();
		retention.erase(now);
		assertThat(row(kai).get("contact")).isEqualTo("greta@example.org");
		jdbc.sql("update offer_interest set contact_until = ? where offer_id = ?").params(java.sql.Timestamp.from(now.minusSeconds(1)), kai).update();
		retention.erase(now);
		assertThat(row(kai).get("contact")).isNull();
		assertThat(row(kai).get("name")).isNull();
		assertThat(count(kai)).isEqualTo(1);
	}

	@Test
	void anOfferOutsideTheShowIsNotFound() {
		UUID elsewhere = fixture.offer("bildungswerk-kai", "Nicht in der Schau", "PUBLISHED");
		HttpSession phone = new HttpSession(port);
		assertThat(phone.get(interest(elsewhere)).statusCode()).isEqualTo(404);
		phone.get(interest(kai));
		assertThat(phone.post(interest(elsewhere), Map.of()).statusCode()).isEqualTo(404);
		assertThat(phone.get("/events/" + UUID.randomUUID() + "/offers/" + kai + "/interest").statusCode()).isEqualTo(404);
		assertThat(count(elsewhere)).isZero();
	}

	private String interest(UUID offer) {
		return "/events/" + event + "/offers/" + offer + "/interest";
	}

	private int count(UUID offer) {
		return jdbc.sql("select count(*) from offer_interest where offer_id = ?").param(offer).query(Integer.class).single();
	}

	private Map<String, Object> row(UUID offer) {
		return jdbc.sql("select name, contact, consent_at, language from offer_interest where offer_id = ?").param(offer)
			.query().singleRow();
	}
}
