package org.werkstatt.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.Texts;

/**
 * The demo's plans: the jobcenter's labour-market and integration programme (three fields of action,
 * goals with two years of indicator values, 80 measures in every status with milestones and a history),
 * the network's action plan, and the network's quality programme in the three theme fields of the
 * quality work of jobcenters, shared with its members. Loaded once with the identity demo, after the
 * workshops and before the decisions on their ideas.
 */
@Component
class PlanDemo {

	private static final Editor PLANNER = new Editor(null, "Paula Planer (Demo)");

	private final PlanStore plans;
	private final Measures measures;
	private final MeasureStore store;
	private final InterimResults interim;

	PlanDemo(PlanStore plans, Measures measures, MeasureStore store, InterimResults interim) {
		this.plans = plans;
		this.measures = measures;
		this.store = store;
		this.interim = interim;
	}

	@EventListener
	@Order(20)
	void on(DemoLoaded demo) {
		UUID jobcenter = demo.organisation("jobcenter-hafenstadt");
		UUID city = demo.organisation("stadt-hafenstadt");
		UUID network = demo.organisation("buendnis-nordufer");
		programme(jobcenter, demo.organisation("bildungswerk-kai"), demo.organisation("perspektive-plus"), city);
		actionPlan(network, city, demo.organisation("werft-logistik"));
		qualityProgramme(network, jobcenter, city);
	}

	private void programme(UUID jobcenter, UUID provider, UUID coach, UUID city) {
		int year = LocalDate.now().getYear();
		UUID plan = plans.create(jobcenter, new PlanForm(PlanKind.LABOUR_MARKET_PROGRAMME,
				"Arbeitsmarkt- und Integrationsprogramm " + year,
				"Das Programm beschreibt, wie das Jobcenter Hafenstadt mit Trägern, Stadt und Arbeitgebern Menschen in "
						+ "Arbeit bringt. Es entstand aus der Ideenwerkstatt und wurde von der Trägerversammlung beschlossen.",
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PlanState.IN_PROGRESS,
				"Trägerversammlung des Jobcenters Hafenstadt", LocalDate.of(year - 1, 12, 9), PlanVisibility.PUBLIC, false));
		String paused = plans.addStatus(plan, new Texts("Pausiert", "Sat på pause", "Paused"), Stage.ACTIVE, 30);
		UUID young = plans.addField(plan, "Junge Menschen in Ausbildung und Arbeit",
				"Übergänge von der Schule in Ausbildung und Arbeit begleiten.", "Junge Menschen unter 25, Alleinerziehende");
		UUID longTerm = plans.addField(plan, "Langzeitleistungsbeziehende stabilisieren und integrieren",
				"Gesundheit, Schulden, Sucht und Kinderbetreuung gemeinsam mit der Stadt angehen.",
				"Langzeitleistungsbeziehende, Menschen mit gesundheitlichen Einschränkungen");
		UUID skilled = plans.addField(plan, "Fachkräfte gewinnen, Zugewanderte integrieren",
				"Sprache, Anerkennung und Arbeitgeberkontakte verbinden.", "Zugewanderte, Geflüchtete, Frauen");
		indicators(plan, young, longTerm, year);
		List<UUID> fields = List.of(young, longTerm, skilled);
		List<UUID> responsible = List.of(jobcenter, provider, coach, city);
		String[][] titles = { YOUNG, LONG_TERM, SKILLED };
		int number = 0;
		for (int f = 0; f < 3; f++) {
			for (int i = 0; i < titles[f].length; i++) {
				number++;
				String status = number % 16 == 0 ? "DROPPED" : number % 5 == 0 ? "PLANNED" : number % 13 == 0 ? paused
						: number % 2 == 0 ? "IN_PROGRESS" : "DONE";
				measure(plan, jobcenter, (f + 1) + "." + (i + 1), titles[f][i], fields.get(f),
						responsible.get(number % responsible.size()), status, year, number);
			}
		}
	}

	private void measure(UUID plan, UUID owner, String number, String title, UUID field, UUID responsible, String status,
			int year, int n) {
		LocalDate start = LocalDate.of(year, 1 + n % 6, 1);
		MeasureForm planned = new MeasureForm(number, title,
				"Die Maßnahme „" + title + "“ setzt eine Empfehlung der Ideenwerkstatt um. Sie wird mit den Partnern "
						+ "im Bündnis abgestimmt und im Quartalsbericht fortgeschrieben.",
				field, responsible, n % 3 == 0 ? "Fr. Demir" : "Hr. Albers", n % 4 == 0 ? "Stadt Hafenstadt, Kammern" : null,
				"PLANNED", null, start, start.plusMonths(6 + n % 6), BigDecimal.valueOf(20_000L + n * 1_500L),
				10 + n % 20);
		UUID id = measures.create(plan, owner, planned, PLANNER);
		Measure measure = store.find(id).orElseThrow();
		measures.addMilestone(measure, start.plusMonths(1), "Konzept mit den Partnern abgestimmt", !"PLANNED".equals(status),
				PLANNER);
		measures.addMilestone(measure, start.plusMonths(4), "Erste Teilnehmende gestartet",
				"DONE".equals(status) || "IN_PROGRESS".equals(status) && n % 4 == 0, PLANNER);
		if (!"PLANNED".equals(status)) {
			Measure now = store.find(id).orElseThrow();
			Integer progress = "IN_PROGRESS".equals(status) ? 20 + n * 7 % 70 : null;
			measures.update(now, now.version(), withStatus(planned, status, progress), PLANNER);
		}
	}

	private static MeasureForm withStatus(MeasureForm form, String status, @Nullable Integer progress) {
		return new MeasureForm(form.number(), form.title(), form.description(), form.fieldId(),
				form.responsibleOrganisationId(), form.responsiblePerson(), form.partners(), status, progress,
				form.startsOn(), form.endsOn(), form.budget(), form.places());
	}

	private void indicators(UUID plan, UUID young, UUID longTerm, int year) {
		UUID integration = plans.addGoal(plan, null, "Mehr Menschen nehmen eine Arbeit auf",
				"Die Integrationsquote (K2 nach § 48a SGB II) steigt.");
		UUID rate = plans.addIndicator(plan, integration, "Integrationsquote (K2)", "%", new BigDecimal("22.5"),
				new BigDecimal("25.0"), "Statistik der Bundesagentur für Arbeit, § 48a SGB II");
		UUID longTermGoal = plans.addGoal(plan, longTerm, "Weniger Menschen bleiben lange im Leistungsbezug",
				"Der Bestand an Langzeitleistungsbeziehenden (K3) sinkt.");
		UUID change = plans.addIndicator(plan, longTermGoal, "Veränderung Langzeitleistungsbeziehende (K3)", "%",
				BigDecimal.ZERO, new BigDecimal("-5.0"), "Statistik der Bundesagentur für Arbeit, § 48a SGB II");
		UUID youngGoal = plans.addGoal(plan, young, "Junge Menschen finden einen Ausbildungsplatz",
				"Mehr junge Menschen unter 25 beginnen eine Ausbildung.");
		UUID starts = plans.addIndicator(plan, youngGoal, "Ausbildungsaufnahmen unter 25", "Personen",
				new BigDecimal("180"), new BigDecimal("240"), "Eigene Auswertung des Jobcenters");
		double[] rates = { 22.5, 22.9, 23.1, 23.0, 23.6, 23.9, 24.2, 24.4 };
		double[] changes = { 0, -0.6, -1.1, -1.5, -2.2, -2.6, -3.1, -3.4 };
		double[] entries = { 180, 41, 95, 188, 196, 52, 104, 205 };
		for (int q = 0; q < 8; q++) {
			LocalDate day = LocalDate.of(year - 2 + q / 4, 3 * (q % 4) + 3, 1).plusMonths(1).minusDays(1);
			plans.recordValue(rate, day, BigDecimal.valueOf(rates[q]));
			plans.recordValue(change, day, BigDecimal.valueOf(changes[q]));
			plans.recordValue(starts, day, BigDecimal.valueOf(entries[q]));
		}
	}

	private void actionPlan(UUID network, UUID city, UUID employer) {
		int year = LocalDate.now().getYear();
		UUID plan = plans.create(network, new PlanForm(PlanKind.ACTION_PLAN, "Aktionsplan Nordufer " + year + "–" + (year + 1),
				"Der gemeinsame Aktionsplan des Bündnisses: was Zivilgesellschaft, Stadt, Jobcenter und Arbeitgeber im "
						+ "Stadtteil Nordufer zusammen angehen.",
				LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31), PlanState.ADOPTED, "Bündnisversammlung Nordufer",
				LocalDate.of(year, 2, 12), PlanVisibility.PUBLIC, false));
		UUID field = plans.addField(plan, "Arbeit im Stadtteil", null, "Bewohnerinnen und Bewohner des Nordufers");
		String[] titles = { "Stadtteilbüro mit offener Sprechstunde", "Jobbörse im Gemeinschaftshaus",
				"Patenschaften zwischen Betrieben und Jugendlichen", "Mehrsprachige Infoabende zu Ausbildung",
				"Kinderbetreuung während Kursen", "Werkstatttreffen zweimal im Jahr", "Betriebsbesuche im Hafen",
				"Sprachcafé mit Ehrenamtlichen", "Mobilitätshilfe für Schichtarbeit", "Gemeinsamer Bericht an den Stadtrat" };
		for (int i = 0; i < titles.length; i++) {
			String status = i < 3 ? "DONE" : i < 7 ? "IN_PROGRESS" : "PLANNED";
			measures.create(plan, network, new MeasureForm(String.valueOf(i + 1), titles[i], null, field,
					i % 2 == 0 ? city : employer, null, null, status, null, LocalDate.of(year, 3, 1),
					LocalDate.of(year + 1, 6, 30), null, null), PLANNER);
		}
	}

	private void qualityProgramme(UUID network, UUID jobcenter, UUID city) {
		int year = LocalDate.now().getYear();
		UUID plan = plans.create(network, new PlanForm(PlanKind.QUALITY_PROGRAMME, "Qualitätsarbeit " + year,
				"Die Mitglieder des Bündnisses arbeiten in drei Themenfeldern an ihrer Qualität und teilen ihre "
						+ "Ergebnisse untereinander.",
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PlanState.IN_PROGRESS, null, null,
				PlanVisibility.INTERNAL, true));
		UUID improvement = plans.addField(plan, "Kontinuierliche Verbesserung", null, null);
		UUID communication = plans.addField(plan, "Interne Kommunikation", null, null);
		UUID employers = plans.addField(plan, "Arbeitgeberansprache", null, null);
		Object[][] rows = { { jobcenter, "JC-1", "Ideenmanagement für alle Teams", improvement, "DONE" },
				{ jobcenter, "JC-2", "Kurze Wege zwischen Leistung und Vermittlung", communication, "IN_PROGRESS" },
				{ jobcenter, "JC-3", "Ein Ansprechpartner für jeden Arbeitgeber", employers, "IN_PROGRESS" },
				{ city, "ST-1", "Fallbesprechungen mit der Schuldnerberatung", communication, "DONE" },
				{ city, "ST-2", "Rückmeldebogen für Kursteilnehmende", improvement, "PLANNED" },
				{ city, "ST-3", "Arbeitgeberfrühstück im Rathaus", employers, "IN_PROGRESS" } };
		for (Object[] row : rows) {
			UUID measure = measures.create(plan, (UUID) row[0], new MeasureForm((String) row[1], (String) row[2], null, (UUID) row[3],
					(UUID) row[0], null, null, (String) row[4], null, LocalDate.of(year, 2, 1), LocalDate.of(year, 11, 30),
					null, null), PLANNER);
			if ("JC-1".equals(row[1])) {
				interim.saveTexts(measure, "Seit alle Teams Ideen in eine gemeinsame Liste schreiben, kamen in drei Monaten "
						+ "42 Vorschläge; 17 sind umgesetzt, die meisten kleine Abläufe am Empfang und in der Leistung.",
						"Ideen brauchen eine feste Zeit in der Teambesprechung und eine Antwort binnen zwei Wochen, sonst "
								+ "versiegen sie. Ein Pate je Team hilft mehr als ein Formular.", null);
			}
		}
	}

	private static final String[] YOUNG = { "Jugendberufsagentur mit festen Sprechzeiten an allen Schulen",
			"Ausbildungsbegleitung im ersten Lehrjahr", "Teilzeitausbildung für junge Eltern",
			"Bewerbungswerkstatt in den Ferien", "Praktikumsbörse mit Hafenbetrieben", "Aufsuchende Beratung im Stadtteil",
			"Coaching bei Ausbildungsabbruch", "Berufsorientierung ab Klasse 8", "Einstiegsqualifizierung in der Logistik",
			"Nachhilfe für die Berufsschule", "Mentoring durch Auszubildende", "Digitaler Ausbildungskompass",
			"Elternabende zur Berufswahl", "Ausbildungsmesse Nordufer", "Führerschein als Teil der Förderung",
			"Wohnen für Auszubildende", "Sprachförderung in der Ausbildung", "Übergangsmanagement Schule–Beruf",
			"Beratung ohne Termin im Jugendzentrum", "Sportvereine als Kontaktstelle", "Begleitung nach der Ausbildung",
			"Assistierte Ausbildung ausbauen", "Ausbildungsplätze in der Verwaltung", "Schnupperwochen in Handwerksbetrieben",
			"Onlinesprechstunde am Abend", "Rückkehrgespräche nach Abbruch", "Gesundheitsförderung für junge Menschen" };

	private static final String[] LONG_TERM = { "Gesundheitslotsen im Jobcenter", "Schuldnerberatung ohne Wartezeit",
			"Suchtberatung im selben Haus", "Kinderbetreuung in Randzeiten", "Arbeitsgelegenheiten im Stadtteilgarten",
			"Teilhabe am Arbeitsmarkt nach § 16i", "Coaching während der ersten Monate im Job",
			"Ganzheitliche Betreuung für Bedarfsgemeinschaften", "Psychosoziale Beratung in Gruppen",
			"Mobilitätstickets für Teilnehmende", "Tagesstruktur im Sozialkaufhaus", "Aufsuchende Arbeit für Ältere",
			"Beschäftigungszuschuss für kleine Betriebe", "Wohnungsnotfallhilfe verbinden",
			"Familiencoaching für Alleinerziehende", "Digitalkurse für Einsteigerinnen", "Zeitarbeit mit Begleitung",
			"Werkstatt für Reparaturen und Recycling", "Kooperation mit dem Gesundheitsamt", "Nachbetreuung nach Aufnahme",
			"Lotsen für Rehabilitation", "Stromsparcheck und Haushaltsberatung", "Betriebliche Erprobung mit Begleitung",
			"Austausch der Fallmanager mit Trägern", "Peer-Beratung durch Ehemalige", "Arbeitgeberservice für § 16e" };

	private static final String[] SKILLED = { "Berufssprachkurse mit Kinderbetreuung", "Anerkennungsberatung im Jobcenter",
			"Job-Turbo: Arbeit und Sprache zugleich", "Brückenkurse für Pflegeberufe", "Frauen in technische Berufe",
			"Mehrsprachige Arbeitgeberinformation", "Qualifizierung in der Hafenlogistik", "Teilqualifizierungen modular",
			"Weiterbildung mit Bildungsgutschein bewerben", "Kompetenzfeststellung in der Muttersprache",
			"Begleitung der ersten Arbeitswochen", "Fachkräftebörse mit der Kammer", "Umschulung zur Berufskraftfahrerin",
			"Sprach-Kita für Eltern in Kursen", "Willkommenslotsen in Betrieben", "Digitaler Berufsnavigator",
			"Kooperation mit der Volkshochschule", "Arbeitsmarktmentoring für Geflüchtete", "Anpassungsqualifizierung Elektro",
			"Rückkehr nach der Elternzeit", "Netzwerk Arbeitgeber für Vielfalt", "Kurse im Schichtbetrieb",
			"Informationsabende zu Minijobs und Sozialversicherung", "Projekt Gesundheitsberufe",
			"Job-Speed-Dating im Hafen", "Übersetzungshilfe bei Bewerbungen", "Beratung zu Selbstständigkeit" };
}
