package org.werkstatt.planning.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.Offers;
import org.werkstatt.identity.DemoLoaded;

/**
 * The demo's programme linked to the catalog: measures of the jobcenter's labour-market and integration programme
 * get the published offers of the catalog's demo that implement them, found by their titles, each link a version
 * of the measure as a planner's would be. Loaded after the catalog ({@code @Order(5)}) and the plans
 * ({@code 20}); an offer the catalog's demo no longer has is left out.
 */
@Component
class OfferLinkDemo {

	private static final Editor PLANNER = new Editor(null, "Paula Planer (Demo)");

	/** Measure titles of the programme, and the titles of the offers that implement them. */
	private static final Map<String, List<String>> LINKS = Map.ofEntries(
			Map.entry("Jugendberufsagentur mit festen Sprechzeiten an allen Schulen",
					List.of("Jugendberufsagentur: offene Sprechstunde")),
			Map.entry("Teilzeitausbildung für junge Eltern",
					List.of("Online-Infoabend Teilzeitausbildung", "Teilzeitumschulung Kaufleute für Büromanagement")),
			Map.entry("Bewerbungswerkstatt in den Ferien",
					List.of("Werkstatt Bewerbung digital", "Bewerbungscoaching im Einzelgespräch")),
			Map.entry("Aufsuchende Beratung im Stadtteil", List.of("Anker – junge Menschen erreichen (§ 16h)")),
			Map.entry("Einstiegsqualifizierung in der Logistik", List.of("Staplerschein und Grundlagen Lager")),
			Map.entry("Gesundheitslotsen im Jobcenter", List.of("Stabil – Coaching bei gesundheitlichen Einschränkungen")),
			Map.entry("Schuldnerberatung ohne Wartezeit", List.of("Kommunale Schuldnerberatung")),
			Map.entry("Suchtberatung im selben Haus", List.of("Suchtberatung für Arbeitsuchende")),
			Map.entry("Kinderbetreuung in Randzeiten", List.of("Kita-Lotsen: Kinderbetreuung für Arbeit und Ausbildung")),
			Map.entry("Arbeitsgelegenheiten im Stadtteilgarten", List.of("Arbeitsgelegenheit „Grünes Kaiufer“")),
			Map.entry("Teilhabe am Arbeitsmarkt nach § 16i", List.of("Beschäftigungsbegleitendes Coaching § 16i")),
			Map.entry("Coaching während der ersten Monate im Job",
					List.of("Coaching zur Eingliederung von Langzeitarbeitslosen § 16e")),
			Map.entry("Ganzheitliche Betreuung für Bedarfsgemeinschaften",
					List.of("Kompass – ganzheitliche Betreuung nach § 16k")),
			Map.entry("Psychosoziale Beratung in Gruppen", List.of("Psychosoziale Beratung")),
			Map.entry("Familiencoaching für Alleinerziehende",
					List.of("Zeit für mich und Beruf – Coaching für Alleinerziehende")),
			Map.entry("Digitalkurse für Einsteigerinnen", List.of("Fit am PC – digitale Grundbildung")),
			Map.entry("Betriebliche Erprobung mit Begleitung", List.of("Betriebliche Erprobung in Hafenbetrieben (MAG)")),
			Map.entry("Arbeitgeberservice für § 16e", List.of("Arbeitgeberservice: Förderung bei Einstellung")),
			Map.entry("Berufssprachkurse mit Kinderbetreuung", List.of("Mama lernt Deutsch", "Deutsch für den Beruf B1/B2")),
			Map.entry("Qualifizierung in der Hafenlogistik",
					List.of("Umschulung Fachkraft für Lagerlogistik (IHK)", "Umschulung Fachlagerist/-in (IHK)")),
			Map.entry("Weiterbildung mit Bildungsgutschein bewerben",
					List.of("Infoabend Weiterbildung mit Bildungsgutschein")),
			Map.entry("Job-Speed-Dating im Hafen", List.of("Job-Speed-Dating Hafenlogistik")));

	private final PlanStore plans;
	private final MeasureStore store;
	private final Measures measures;
	private final Offers offers;

	OfferLinkDemo(PlanStore plans, MeasureStore store, Measures measures, Offers offers) {
		this.plans = plans;
		this.store = store;
		this.measures = measures;
		this.offers = offers;
	}

	@EventListener
	@Order(50)
	void on(DemoLoaded demo) {
		UUID jobcenter = demo.organisation("jobcenter-hafenstadt");
		plans.of(jobcenter, List.of())
			.stream()
			.filter(plan -> plan.kind() == PlanKind.LABOUR_MARKET_PROGRAMME)
			.findFirst()
			.ifPresent(programme -> store.all(programme.id())
				.forEach(measure -> LINKS.getOrDefault(measure.title(), List.of())
					.forEach(title -> offers.find(title, 5)
						.stream()
						.filter(offer -> offer.title().equals(title))
						.findFirst()
						.ifPresent(offer -> measures.linkOffer(measure, offer.id(), offer.title(), PLANNER)))));
	}
}
