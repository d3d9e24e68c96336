package org.werkstatt.cooperation.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.OfferModule;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.cooperation.plan.IndividualPlan.Actor;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.SiteTime;

/**
 * Demo plans for the "MY TURN" participants who started (goals, milestones, modules, notes, written by both sides)
 * and a few message threads, one unread on each side. After {@code CooperationDemo} ({@code @Order(70)}).
 */
@Component
class IndividualPlanDemo {

	private final JdbcClient jdbc;
	private final IndividualPlans plans;
	private final CoopMessages messages;
	private final StaffDirectory directory;
	private final Offers offers;
	private final SiteTime siteTime;

	IndividualPlanDemo(JdbcClient jdbc, IndividualPlans plans, CoopMessages messages, StaffDirectory directory, Offers offers,
			SiteTime siteTime) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.messages = messages;
		this.directory = directory;
		this.offers = offers;
		this.siteTime = siteTime;
	}

	/** A message sent some hours ago, read an hour later by the reader (null: unread). */
	private void message(UUID participantId, Side side, String body, UUID by, int hoursAgo, @Nullable UUID reader) {
		UUID id = messages.send(participantId, side, body, by);
		jdbc.sql("""
				update coop_message set sent_at = now() - make_interval(hours => ?),
				       read_at = case when ?::uuid is null then null else now() - make_interval(hours => ?) end, read_by = ?
				 where id = ?""")
			.params(hoursAgo, reader, hoursAgo - 1, reader, id).update();
	}

	private record Person(UUID id, String lastName, String status) {
	}

	private static final List<String> GOALS = List.of("Ausbildung als Kauffrau im Einzelhandel",
			"Sozialversicherungspflichtige Teilzeitstelle in der Pflegehilfe", "Umschulung zur Fachinformatikerin",
			"Arbeit als Erzieherin mit anerkanntem Abschluss", "Einstieg in die Gastronomie mit Aussicht auf Festanstellung");

	@EventListener
	@Order(71)
	void on(DemoLoaded demo) {
		UUID provider = demo.organisation("bildungswerk-kai");
		UUID caseworker = directory.byEmail("fallmanagement@jobcenter-hafenstadt.example").orElse(null);
		UUID traeger = directory.byEmail("traeger@bildungswerk-kai.example").orElse(null);
		if (caseworker == null || traeger == null) {
			return;
		}
		Actor jobcenter = new Actor(Side.JOBCENTER, caseworker);
		Actor bildungswerk = new Actor(Side.PROVIDER, traeger);
		List<Person> people = jdbc.sql("""
				select p.id, p.last_name, p.status from coop_participant p join agreement a on a.id = p.agreement_id
				 where a.provider_id = ? and a.title like 'MY TURN%'
				   and p.status in ('WAITING_FOR_START', 'PARTICIPATING', 'INTERRUPTED', 'ENDED')
				 order by p.last_name""")
			.param(provider)
			.query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
		List<OfferModule> offered = offers.publishedOf(provider).stream().map(OfferSummary::id).map(offers::modules)
			.filter(m -> !m.isEmpty()).findFirst().orElse(List.of());
		LocalDate today = LocalDate.now(siteTime.zone());
		int i = 0;
		for (Person p : people) {
			UUID id = p.id();
			boolean started = !p.status().equals("WAITING_FOR_START");
			plans.integrationGoal(id, plans.version(id), jobcenter, GOALS.get(i % GOALS.size()));
			plans.addGoal(id, plans.version(id), jobcenter, "Deutsch auf Niveau B1 mit Zertifikat");
			plans.addGoal(id, plans.version(id), bildungswerk, "Bewerbungsunterlagen vollständig und aktuell");
			if (i % 2 == 0) {
				plans.addGoal(id, plans.version(id), bildungswerk, "Kinderbetreuung für die Praktikumszeit geklärt");
			}
			plans.addMilestone(id, plans.version(id), jobcenter, "Beratungsgespräch zur Zwischenbilanz", today.plusDays(20 + i));
			plans.addMilestone(id, plans.version(id), bildungswerk, "Praktikumsplatz gefunden", today.minusDays(10 + i));
			if (offered.isEmpty()) {
				for (String name : List.of("Kompetenzfeststellung", "Bewerbungstraining", "Deutsch am Arbeitsplatz")) {
					plans.addModule(id, plans.version(id), bildungswerk, name);
				}
			}
			else {
				plans.modulesFromOffer(id, plans.version(id), bildungswerk, offered);
			}
			if (started) {
				List<IndividualPlan.Module> modules = plans.plan(id).modules();
				if (!modules.isEmpty()) {
					plans.moduleDates(id, plans.version(id), bildungswerk, modules.getFirst().id(), today.minusDays(60 + i),
							today.minusDays(30 + i));
				}
				if (modules.size() > 1) {
					plans.moduleDates(id, plans.version(id), bildungswerk, modules.get(1).id(), today.minusDays(25 + i), null);
				}
				IndividualPlan.Milestone found = plans.plan(id).milestones().stream().filter(m -> m.dueOn().isBefore(today))
					.findFirst().orElse(null);
				if (found != null) {
					plans.milestoneDone(id, plans.version(id), bildungswerk, found.id(), today.minusDays(8 + i));
				}
				plans.addNote(id, plans.version(id), bildungswerk,
						"Kommt regelmäßig und arbeitet gut mit. Praktikum im Einzelhandel ab nächstem Monat möglich.");
			}
			if (i % 3 == 0) {
				plans.addNote(id, plans.version(id), jobcenter, "Mobilitätshilfe für die Fahrtkosten zum Praktikum ist bewilligt.");
			}
			i++;
		}
		// spread the versions over the last weeks (the demo writes them all at once)
		jdbc.sql("""
				update coop_plan_version v set changed_at = now() - ((m.top - v.version) * interval '2 days 3 hours')
				  from (select participant_id, max(version) top from coop_plan_version group by participant_id) m
				 where m.participant_id = v.participant_id""").update();
		jdbc.sql("""
				update coop_plan_note n set written_at = (select max(v.changed_at) from coop_plan_version v
				 where v.participant_id = n.participant_id and v.change = 'NOTE_ADDED' and v.side = n.side)""").update();

		if (people.size() >= 3) {
			UUID first = people.get(0).id();
			message(first, Side.JOBCENTER, "Können Sie mir bis Freitag kurz berichten, wie die Praktikumssuche läuft?", caseworker, 50, traeger);
			message(first, Side.PROVIDER, "Zwei Betriebe haben zugesagt; wir entscheiden diese Woche gemeinsam mit ihr.", traeger, 26, null);
			message(people.get(1).id(), Side.JOBCENTER, "Bitte denken Sie an die Anwesenheit für den letzten Monat.", caseworker, 5, null);
			UUID third = people.get(2).id();
			message(third, Side.PROVIDER, "Der Kinderbetreuungsplatz ist ab dem Ersten gesichert.", traeger, 72, caseworker);
			message(third, Side.JOBCENTER, "Danke, das trage ich ein.", caseworker, 70, traeger);
		}
	}
}
