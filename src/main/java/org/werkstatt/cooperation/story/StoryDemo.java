package org.werkstatt.cooperation.story;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.InfoEvents;

/**
 * The demo's success stories and info event in MY TURN: Jana Novak's and Sara Tesfaye's stories published (their
 * consents now include a success story), Amina Yusuf's submitted and waiting for the jobcenter, and an info event
 * about the Bildungswerk's offer in three weeks, to which the jobcenter invited Ayla Demir.
 */
@Component
class StoryDemo {

	private final JdbcClient jdbc;
	private final StoryStore stories;
	private final InfoEventStore infoEvents;
	private final InfoEvents workshop;
	private final Offers offers;
	private final SiteTime siteTime;

	StoryDemo(JdbcClient jdbc, StoryStore stories, InfoEventStore infoEvents, InfoEvents workshop, Offers offers,
			SiteTime siteTime) {
		this.jdbc = jdbc;
		this.stories = stories;
		this.infoEvents = infoEvents;
		this.workshop = workshop;
		this.offers = offers;
		this.siteTime = siteTime;
	}

	@EventListener
	@Order(75)
	void on(DemoLoaded demo) {
		UUID provider = demo.organisation("bildungswerk-kai");
		UUID jobcenter = demo.organisation("jobcenter-hafenstadt");
		List<UUID> agreements = jdbc.sql("select id from agreement where jobcenter_id = ? and provider_id = ? and title like 'MY TURN%'")
			.params(jobcenter, provider).query(UUID.class).list();
		if (agreements.isEmpty()) {
			return;
		}
		UUID agreement = agreements.getFirst();
		UUID traeger = person("traeger@bildungswerk-kai.example");
		UUID caseworker = person("fallmanagement@jobcenter-hafenstadt.example");

		story(agreement, "Novak", "Sofie", "Vom Praktikum in die Festanstellung", """
				Sofie kam mit einem Abschluss als Buchhalterin nach Hafenstadt, der hier zunächst nichts galt. Im Programm \
				lernte sie Deutsch für den Beruf, fand über ein Praktikum den Weg in ein Steuerbüro und wurde nach drei \
				Monaten übernommen. „Am meisten geholfen hat mir, dass jemand an meine Erfahrung geglaubt hat“, sagt sie. \
				Heute erklärt sie neuen Teilnehmerinnen, wie eine Bewerbung in Deutschland aussieht.""", "Bezirk Nordufer",
				StoryStatus.PUBLISHED, traeger, caseworker);
		story(agreement, "Tesfaye", "Hiwet", "Ausbildung zur Pflegefachfrau", """
				Hiwet wollte immer mit Menschen arbeiten. Mit Sprachkurs, Kinderbetreuung während der Kurszeiten und \
				einem Coaching, das ihre Stärken sichtbar machte, bewarb sie sich an einer Pflegeschule. Seit dem Herbst \
				ist sie in der Ausbildung – und ihre Tochter in der Kita nebenan.""", "Hafenstadt",
				StoryStatus.PUBLISHED, traeger, caseworker);
		story(agreement, "Yusuf", "Leila", "Mein erster Arbeitsvertrag", """
				Leila hat im Programm ihren ersten Arbeitsvertrag in Deutschland unterschrieben: in der Küche einer \
				Kantine, mit Aussicht auf eine Ausbildung zur Köchin.""", null, StoryStatus.SUBMITTED, traeger, caseworker);

		List<OfferSummary> own = offers.publishedOf(provider);
		LocalDate day = LocalDate.now(siteTime.zone()).plusWeeks(3).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));
		UUID event = workshop.create(jobcenter, provider, new InfoEvents.Draft("Infoveranstaltung MY TURN: starten Sie durch",
				"""
						Das Jobcenter Hafenstadt und das Bildungswerk am Kai stellen das Programm MY TURN vor: Coaching, \
						Sprachförderung, Praktika und Kinderbetreuung. Mit Zeit für Fragen; Kinder sind willkommen.""",
				day.atTime(LocalTime.of(10, 0)), day.atTime(LocalTime.of(12, 0)), "Jobcenter Hafenstadt, Raum 1.12",
				"Hafenstraße 1", "20000", "Hafenstadt", true));
		infoEvents.add(event, agreement, own.isEmpty() ? null : own.getFirst().id(), traeger);
		UUID demir = jdbc.sql("select id from coop_participant where agreement_id = ? and last_name = 'Demir'")
			.param(agreement).query(UUID.class).optional().orElse(null);
		if (demir != null) {
			infoEvents.invite(demir, event, caseworker);
		}
	}

	private void story(UUID agreement, String lastName, String pseudonym, String title, String body, @org.jspecify.annotations.Nullable String district,
			StoryStatus status, UUID author, UUID reviewer) {
		UUID participant = jdbc.sql("select id from coop_participant where agreement_id = ? and last_name = ?")
			.params(agreement, lastName).query(UUID.class).optional().orElse(null);
		if (participant == null) {
			return;
		}
		UUID consent = jdbc.sql("""
				update consent set success_story = true where id = (select id from consent where participant_id = ?
				  and withdrawn_at is null order by recorded_at desc limit 1) returning id""")
			.param(participant).query(UUID.class).optional().orElse(null);
		if (consent == null) {
			return;
		}
		stories.create(participant, consent, pseudonym, title, body, district, author);
		if (status == StoryStatus.DRAFT) {
			return;
		}
		stories.move(participant, Set.of(StoryStatus.DRAFT), StoryStatus.SUBMITTED, null, author);
		if (status == StoryStatus.PUBLISHED) {
			stories.move(participant, Set.of(StoryStatus.SUBMITTED), StoryStatus.APPROVED, null, reviewer);
			stories.move(participant, Set.of(StoryStatus.APPROVED), StoryStatus.PUBLISHED, null, author);
		}
	}

	private UUID person(String email) {
		return jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
	}
}
