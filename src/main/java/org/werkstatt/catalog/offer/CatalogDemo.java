package org.werkstatt.catalog.offer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.OfferContent.Azav;
import org.werkstatt.catalog.offer.OfferContent.Contact;
import org.werkstatt.catalog.offer.OfferContent.Module;
import org.werkstatt.catalog.offer.OfferContent.TargetGroupEntry;
import org.werkstatt.identity.DemoLoaded;

/**
 * The demo's catalog: about forty offers of the Bildungswerk am Kai, Perspektive Plus, the city and the
 * jobcenter itself, approved by the jobcenter (a few of Perspektive Plus by the network), with runs that are
 * over, running, ahead, rolling, full, with places confirmed long ago and one cancelled. Most are published
 * through the store as an approver would; two are drafts, a change waits for approval, one was sent back.
 * Loaded before the workshops, plans and decisions, which may link offers ({@code @Order(5)}).
 */
@Component
class CatalogDemo {

	private static final Editor PROVIDER = new Editor(null, "Tariq Träger (Demo)");
	private static final Editor COACH = new Editor(null, "Sam Coach (Demo)");
	private static final Editor CITY = new Editor(null, "Stadt Hafenstadt (Demo)");
	private static final Editor APPROVER = new Editor(null, "Paula Planer (Demo)");
	private static final Editor NETWORK = new Editor(null, "Bea Bündnisbüro (Demo)");

	private final OfferStore offers;
	private final RunStore runs;
	private final PlacesRule placesRule;

	CatalogDemo(OfferStore offers, RunStore runs, PlacesRule placesRule) {
		this.offers = offers;
		this.runs = runs;
		this.placesRule = placesRule;
	}

	/** What becomes of a demo offer. */
	private enum Outcome {
		PUBLISHED, DRAFT, CHANGE_SUBMITTED, CHANGE_RETURNED, SUBMITTED, ARCHIVED
	}

	/** A run of a demo offer, relative to today. */
	private record DemoRun(@Nullable Integer startInDays, @Nullable Integer weeks, boolean rolling, @Nullable Integer places,
			@Nullable Integer max, boolean stale, @Nullable String cancelReason, boolean online) {
	}

	/** A demo offer being described. */
	private final class Demo {

		private final String provider;
		private String owner = "jobcenter-hafenstadt";
		private final String title;
		private final String shortDescription;
		private @Nullable String description;
		private final List<TargetGroupEntry> groups = new ArrayList<>();
		private @Nullable String prerequisites;
		private final List<Module> modules = new ArrayList<>();
		private @Nullable String outcome;
		private @Nullable String examiningBody;
		private final List<String> legal = new ArrayList<>();
		private final List<Funding> funding = new ArrayList<>();
		private @Nullable Azav azav;
		private Format format = Format.IN_PERSON;
		private TimeModel time = TimeModel.PART_TIME;
		private @Nullable String duration;
		private final List<Accessibility> access = new ArrayList<>();
		private @Nullable String keywords;
		private final List<DemoRun> demoRuns = new ArrayList<>();
		private Outcome result = Outcome.PUBLISHED;
		private @Nullable String reason;
		private @Nullable BigDecimal cost;

		Demo(String provider, String title, String shortDescription) {
			this.provider = provider;
			this.title = title;
			this.shortDescription = shortDescription;
		}

		Demo text(String text) {
			this.description = text;
			return this;
		}

		Demo owner(String slug) {
			this.owner = slug;
			return this;
		}

		Demo groups(TargetGroup... codes) {
			Arrays.stream(codes).forEach(code -> groups.add(new TargetGroupEntry(code, null)));
			return this;
		}

		Demo group(String label) {
			groups.add(new TargetGroupEntry(null, label));
			return this;
		}

		Demo needs(String text) {
			this.prerequisites = text;
			return this;
		}

		Demo module(String name, @Nullable Integer hours) {
			modules.add(new Module(UUID.nameUUIDFromBytes(("demo-module:" + title + ":" + name).getBytes(StandardCharsets.UTF_8)),
					name, hours, null));
			return this;
		}

		Demo outcome(String text) {
			this.outcome = text;
			return this;
		}

		Demo exam(String body) {
			this.examiningBody = body;
			return this;
		}

		Demo legal(String... codes) {
			legal.addAll(List.of(codes));
			return this;
		}

		Demo funding(Funding... kinds) {
			funding.addAll(List.of(kinds));
			return this;
		}

		Demo azav(String certifier, String number, int validYears) {
			this.azav = new Azav(certifier, number, LocalDate.of(placesRule.today().getYear() + validYears, 12, 31));
			return this;
		}

		Demo format(Format value) {
			this.format = value;
			return this;
		}

		Demo time(TimeModel value) {
			this.time = value;
			return this;
		}

		Demo duration(String text) {
			this.duration = text;
			return this;
		}

		Demo access(Accessibility... features) {
			access.addAll(List.of(features));
			return this;
		}

		Demo keywords(String text) {
			this.keywords = text;
			return this;
		}

		Demo cost(int euro) {
			this.cost = BigDecimal.valueOf(euro);
			return this;
		}

		/** A run starting in so many days (negative: started), lasting so many weeks. */
		Demo run(int startInDays, int weeks, @Nullable Integer places, int max) {
			demoRuns.add(new DemoRun(startInDays, weeks, false, places, max, false, null, format == Format.DIGITAL
					|| format == Format.DISTANCE));
			return this;
		}

		/** Rolling entry, running continuously. */
		Demo rolling(@Nullable Integer places, int max) {
			demoRuns.add(new DemoRun(null, null, true, places, max, false, null, format == Format.DIGITAL
					|| format == Format.DISTANCE));
			return this;
		}

		/** The last run's places were confirmed long ago. */
		Demo stale() {
			DemoRun last = demoRuns.removeLast();
			demoRuns.add(new DemoRun(last.startInDays(), last.weeks(), last.rolling(), last.places(), last.max(), true,
					last.cancelReason(), last.online()));
			return this;
		}

		/** The last run is cancelled. */
		Demo cancelled(String why) {
			DemoRun last = demoRuns.removeLast();
			demoRuns.add(new DemoRun(last.startInDays(), last.weeks(), last.rolling(), last.places(), last.max(), last.stale(),
					why, last.online()));
			return this;
		}

		Demo becomes(Outcome value, @Nullable String why) {
			this.result = value;
			this.reason = why;
			return this;
		}

		OfferContent content(String withTitle) {
			return new OfferContent("de", withTitle, shortDescription, description, groups, prerequisites, modules, outcome,
					examiningBody, legal, funding, azav, format, time, duration, access, contacts(provider), keywords);
		}
	}

	@EventListener
	@Order(5)
	void on(DemoLoaded demo) {
		List<Demo> all = new ArrayList<>();
		all.addAll(bildungswerk());
		all.addAll(perspektive());
		all.addAll(city());
		all.addAll(jobcenter());
		for (Demo offer : all) {
			load(demo, offer);
		}
	}

	private void load(DemoLoaded demo, Demo d) {
		UUID provider = demo.organisation(d.provider);
		UUID owner = demo.organisation(d.owner);
		Editor editor = editor(d.provider);
		Editor approver = d.owner.equals("buendnis-nordufer") ? NETWORK : APPROVER;
		String externalId = d.provider.equals("bildungswerk-kai")
				? "BWK-" + Math.abs(d.title.hashCode() % 100000) : null;
		UUID id = offers.create(provider, owner, d.content(d.title), editor, externalId);
		switch (d.result) {
			case DRAFT -> {
				// stays a draft, never submitted
			}
			case SUBMITTED -> offers.submit(id, editor);
			default -> {
				if (!provider.equals(owner)) {
					offers.submit(id, editor);
				}
				offers.publish(id, 1, approver);
			}
		}
		LocalDate today = placesRule.today();
		for (DemoRun r : d.demoRuns) {
			LocalDate start = r.startInDays() == null ? null : today.plusDays(r.startInDays());
			LocalDate end = start == null || r.weeks() == null ? null : start.plusWeeks(r.weeks()).minusDays(3);
			boolean online = r.online();
			Location place = location(d.provider);
			UUID run = runs.create(id, new RunDetails(null, online ? null : place.street(), online ? null : place.postalCode(),
					place.city(), place.region(), online ? null : place.room(), online ? null : place.meetingPoint(),
					online ? "https://lernen." + d.provider + ".example/raum/" + Math.abs(d.title.hashCode() % 1000) : null,
					start, end, r.rolling(), schedule(d.time), start == null ? null : start.minusDays(7), 6, r.max(),
					r.places(), r.places() == null || r.places() > 0, r.rolling() && r.places() != null && r.places() == 0 ? 6 : null,
					d.cost, start != null && r.startInDays() < 30));
			if (r.places() == null) {
				// no number stated: nothing to confirm
			}
			else if (r.stale()) {
				runs.confirmPlaces(run, Instant.now().minus(Duration.ofDays(25 + d.demoRuns.indexOf(r))));
			}
			else if (start != null && start.isBefore(today)) {
				runs.confirmPlaces(run, start.atStartOfDay(placesRule.zone()).toInstant());
			}
			if (r.cancelReason() != null) {
				runs.cancel(run, r.cancelReason());
			}
		}
		switch (d.result) {
			case CHANGE_SUBMITTED -> {
				offers.saveDraft(id, d.content(d.title + " – jetzt auch mit Abendgruppe"), editor);
				offers.submit(id, editor);
			}
			case CHANGE_RETURNED -> {
				offers.saveDraft(id, d.content(d.title + " (Neufassung)"), editor);
				offers.submit(id, editor);
				offers.sendBack(id, 2, approver, d.reason == null ? "Bitte überarbeiten." : d.reason);
			}
			case ARCHIVED -> offers.archive(id, editor);
			default -> {
				// nothing more
			}
		}
	}

	private static Editor editor(String provider) {
		return switch (provider) {
			case "perspektive-plus" -> COACH;
			case "stadt-hafenstadt" -> CITY;
			case "jobcenter-hafenstadt" -> APPROVER;
			default -> PROVIDER;
		};
	}

	private record Location(String street, String postalCode, String city, String region, String room,
			@Nullable String meetingPoint) {
	}

	private static Location location(String provider) {
		return switch (provider) {
			case "perspektive-plus" -> new Location("Nordufer 33", "20539", "Hafenstadt", "Nordufer", "Beratungsraum 1",
					"Eingang über den Hof, Klingel „Perspektive Plus“");
			case "stadt-hafenstadt" -> new Location("Rathausmarkt 1", "20095", "Hafenstadt", "Mitte", "Bürgerbüro, Zimmer 014",
					null);
			case "jobcenter-hafenstadt" -> new Location("Hafenweg 1", "20457", "Hafenstadt", "Mitte", "Raum E.12",
					"Empfang im Erdgeschoss");
			default -> new Location("Kaistraße 12", "20457", "Hafenstadt", "Altstadt", "Seminarraum 3",
					"Anmeldung im 1. Stock");
		};
	}

	private static String schedule(TimeModel time) {
		return switch (time) {
			case FULL_TIME -> "Mo–Fr 8:00–15:30";
			case PART_TIME -> "Mo–Do 9:00–13:00";
			case FULL_OR_PART_TIME -> "Vollzeit Mo–Fr 8:00–15:30 oder Teilzeit Mo–Fr 8:30–12:30";
		};
	}

	private static List<Contact> contacts(String provider) {
		return switch (provider) {
			case "perspektive-plus" -> List.of(new Contact("Sam Coach", "Teamleitung Coaching", "coaching@perspektive-plus.example",
					"040 555 2200"));
			case "stadt-hafenstadt" -> List.of(new Contact("Beratungsstelle der Stadt", "Terminvergabe",
					"beratung@stadt-hafenstadt.example", "040 555 3300"));
			case "jobcenter-hafenstadt" -> List.of(new Contact("Team Markt und Integration", null,
					"markt@jobcenter-hafenstadt.example", "040 555 1100"));
			default -> List.of(new Contact("Tariq Träger", "Bildungsberatung", "beratung@bildungswerk-kai.example", "040 555 4400"),
					new Contact("Anmeldung", null, "anmeldung@bildungswerk-kai.example", null));
		};
	}

	private Demo offer(String provider, String title, String shortDescription) {
		return new Demo(provider, title, shortDescription);
	}

	private List<Demo> bildungswerk() {
		String p = "bildungswerk-kai";
		return List.of(
				offer(p, "Aktivierungshilfe „Neustart am Kai“",
						"Tagesstruktur, Stärken finden und erste Schritte in Richtung Arbeit – in kleinen Gruppen mit fester Ansprechperson.")
					.text("Die Aktivierungshilfe richtet sich an Menschen, die länger nicht gearbeitet haben. In den ersten Wochen "
							+ "geht es um einen verlässlichen Tagesablauf, um Gesundheit und um die Frage, was man kann und will. "
							+ "Danach folgen Bewerbungstraining, Praxistage in der Lehrwerkstatt und ein Betriebspraktikum.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.HEALTH_RESTRICTIONS)
					.module("Ankommen und Standortbestimmung", 40).module("Lehrwerkstatt Holz und Metall", 80)
					.module("Bewerbungstraining", 40).module("Betriebspraktikum", 120)
					.outcome("Teilnahmebescheinigung mit Kompetenzprofil").legal("DE_SGB2_16_SGB3_45_MAT")
					.funding(Funding.ACTIVATION_VOUCHER).azav("CERTQUA", "955/1234/2025", 2)
					.duration("12 Wochen, 25 Stunden pro Woche").access(Accessibility.STEP_FREE, Accessibility.ACCESSIBLE_TOILET)
					.keywords("Tagesstruktur Motivation Praxis Werkstatt").rolling(4, 12),
				offer(p, "Bewerbungscoaching im Einzelgespräch",
						"Individuelles Coaching für Bewerbungsunterlagen, Vorstellungsgespräche und die Stellensuche – vor Ort oder per Video.")
					.text("Sie arbeiten mit einer festen Coachin an Ihren Unterlagen, üben Vorstellungsgespräche und suchen passende "
							+ "Stellen. Die Termine legen Sie gemeinsam fest; ein Teil kann per Video stattfinden.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.MIGRANTS, TargetGroup.OLDER_PEOPLE)
					.module("Profil und Ziele", 4).module("Unterlagen", 8).module("Gesprächstraining", 8)
					.legal("DE_SGB2_16_SGB3_45_MAT").funding(Funding.ACTIVATION_VOUCHER).azav("CERTQUA", "955/1240/2025", 2)
					.format(Format.HYBRID).time(TimeModel.PART_TIME).duration("bis zu 20 Einzelstunden in 8 Wochen")
					.access(Accessibility.STEP_FREE, Accessibility.SCREEN_READER).keywords("Bewerbung Lebenslauf Anschreiben Coaching")
					.rolling(6, 10)
					.becomes(Outcome.CHANGE_SUBMITTED, null),
				offer(p, "Umschulung Fachkraft für Lagerlogistik (IHK)",
						"Zweijährige Umschulung mit IHK-Abschluss in einem Beruf, den die Hafenbetriebe dringend suchen – mit Bildungsgutschein.")
					.text("Die Umschulung verbindet Unterricht in unserer Lehrlogistik mit langen Praxisphasen bei Betrieben im "
							+ "Hafen. Gabelstaplerschein, Lagerverwaltungssoftware und Prüfungsvorbereitung sind enthalten.")
					.groups(TargetGroup.WITHOUT_QUALIFICATION, TargetGroup.LONG_TERM_UNEMPLOYED).group("Quereinsteigende")
					.needs("Hauptschulabschluss oder Berufserfahrung; Eignungsgespräch; körperliche Belastbarkeit")
					.module("Warenannahme und Lagerung", 320).module("Kommissionierung und Versand", 320)
					.module("Lagerverwaltungssysteme", 160).module("Betriebliche Praxis", 1200).module("Prüfungsvorbereitung", 160)
					.outcome("Fachkraft für Lagerlogistik (IHK-Abschluss)").exam("IHK Hafenstadt").legal("DE_SGB3_81_FBW")
					.funding(Funding.EDUCATION_VOUCHER).azav("DEKRA Certification", "FBW-2231/2024", 3)
					.time(TimeModel.FULL_TIME).duration("24 Monate in Vollzeit")
					.access(Accessibility.STEP_FREE, Accessibility.ACCESSIBLE_TOILET)
					.keywords("Logistik Lager Gabelstapler Hafen Umschulung IHK")
					.run(-120, 104, 2, 16).run(60, 104, 9, 16).run(240, 104, 16, 16),
				offer(p, "Umschulung Fachlagerist/-in (IHK)",
						"Umschulung in 16 Monaten mit IHK-Abschluss: der schnelle Weg in die Lagerlogistik.")
					.groups(TargetGroup.WITHOUT_QUALIFICATION).needs("Eignungsgespräch")
					.module("Lagerprozesse", 400).module("Betriebliche Praxis", 800).module("Prüfungsvorbereitung", 120)
					.outcome("Fachlagerist/-in (IHK-Abschluss)").exam("IHK Hafenstadt").legal("DE_SGB3_81_FBW")
					.funding(Funding.EDUCATION_VOUCHER).azav("DEKRA Certification", "FBW-2232/2024", 3)
					.time(TimeModel.FULL_TIME).duration("16 Monate in Vollzeit").access(Accessibility.STEP_FREE)
					.keywords("Lager Logistik Umschulung").run(-30, 70, 0, 14).run(90, 70, 5, 14).stale(),
				offer(p, "Staplerschein und Grundlagen Lager",
						"Fahrausweis für Flurförderzeuge (DGUV 308-001) mit einer Woche Lagergrundlagen.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.WITHOUT_QUALIFICATION)
					.module("Theorie und Sicherheit", 16).module("Fahrpraxis", 24).module("Lagergrundlagen", 40)
					.outcome("Fahrausweis für Flurförderzeuge").legal("DE_SGB3_81_FBW", "DE_SGB2_16_SGB3_45_MAT")
					.funding(Funding.EDUCATION_VOUCHER, Funding.ACTIVATION_VOUCHER).azav("DEKRA Certification", "FBW-2240/2025", 2)
					.time(TimeModel.FULL_TIME).duration("2 Wochen in Vollzeit").access(Accessibility.STEP_FREE)
					.keywords("Stapler Gabelstapler Flurförderzeug").cost(890)
					.run(-50, 2, 0, 10).run(-5, 2, 0, 10).run(14, 2, 0, 10).run(42, 2, 7, 10).run(70, 2, 10, 10),
				offer(p, "Teilzeitumschulung Kaufleute für Büromanagement",
						"Umschulung in Teilzeit mit IHK-Abschluss – passend zu Kita- und Schulzeiten, mit Kinderbetreuung im Notfall.")
					.text("Für Alleinerziehende und Eltern, die Beruf und Familie verbinden müssen: Unterricht von 8:30 bis 13:30 Uhr, "
							+ "Praktikum in Teilzeit, ein Notfallplatz in der Kinderbetreuung nebenan.")
					.groups(TargetGroup.SINGLE_PARENTS, TargetGroup.WOMEN_RETURNING)
					.module("Büroprozesse und Kommunikation", 480).module("Kaufmännische Steuerung", 480)
					.module("Betriebliches Praktikum", 640).outcome("Kaufmann/-frau für Büromanagement (IHK)").exam("IHK Hafenstadt")
					.legal("DE_SGB3_81_FBW").funding(Funding.EDUCATION_VOUCHER).azav("DEKRA Certification", "FBW-2250/2024", 2)
					.time(TimeModel.PART_TIME).duration("32 Monate in Teilzeit (25 Stunden pro Woche)")
					.access(Accessibility.CHILDCARE, Accessibility.STEP_FREE).keywords("Teilzeit Büro Verwaltung Alleinerziehende")
					.run(-200, 138, 1, 14).run(120, 138, 8, 14),
				offer(p, "Deutsch für den Beruf B1/B2",
						"Sprachkurs mit Fachwortschatz aus Logistik, Pflege und Handwerk, kombiniert mit Praxistagen.")
					.groups(TargetGroup.MIGRANTS, TargetGroup.REFUGEES)
					.needs("Deutschkenntnisse auf Niveau A2").module("Sprache im Berufsalltag", 200).module("Fachsprache", 100)
					.module("Praxistage", 60).outcome("Sprachzertifikat B1 oder B2").legal("DE_SGB2_16_SGB3_45_MAT")
					.funding(Funding.ACTIVATION_VOUCHER).azav("CERTQUA", "955/1300/2025", 2).time(TimeModel.PART_TIME)
					.duration("16 Wochen, 24 Stunden pro Woche").access(Accessibility.STEP_FREE, Accessibility.HEARING_LOOP)
					.keywords("Sprachkurs Deutsch Sprache B1 B2").run(-40, 16, 0, 18).run(20, 16, 4, 18).stale(),
				offer(p, "Fit am PC – digitale Grundbildung",
						"Live-Onlinekurs: E-Mail, Onlinebewerbung, Videogespräche und sichere Nutzung des Smartphones.")
					.groups(TargetGroup.OLDER_PEOPLE, TargetGroup.LONG_TERM_UNEMPLOYED)
					.needs("Ein Laptop wird bei Bedarf leihweise gestellt").module("Grundlagen", 20).module("Onlinebewerbung", 20)
					.module("Sicher im Netz", 10).legal("DE_SGB2_16_SGB3_45_MAT").funding(Funding.ACTIVATION_VOUCHER)
					.azav("CERTQUA", "955/1310/2025", 2).format(Format.DIGITAL).duration("5 Wochen, 10 Stunden pro Woche")
					.access(Accessibility.SCREEN_READER, Accessibility.PLAIN_LANGUAGE).keywords("digital Computer Internet Smartphone")
					.run(-70, 5, 0, 12).run(10, 5, 3, 12).run(45, 5, 12, 12),
				offer(p, "Fernlehrgang Finanzbuchhaltung mit DATEV",
						"Berufsbegleitend oder in Vollzeit von zu Hause lernen, mit tutorieller Begleitung und Abschlussprüfung.")
					.groups(TargetGroup.WOMEN_RETURNING, TargetGroup.HEALTH_RESTRICTIONS)
					.needs("Kaufmännische Vorkenntnisse").module("Buchführung", 120).module("DATEV Rechnungswesen", 80)
					.module("Jahresabschluss", 60).outcome("Zertifikat Finanzbuchhalter/-in").legal("DE_SGB3_81_FBW")
					.funding(Funding.EDUCATION_VOUCHER).azav("DEKRA Certification", "FBW-2260/2025", 2)
					.format(Format.DISTANCE).time(TimeModel.FULL_OR_PART_TIME).duration("4 bis 8 Monate")
					.access(Accessibility.SCREEN_READER).keywords("Buchhaltung DATEV Fernlernen kaufmännisch").rolling(20, 40),
				offer(p, "Betriebliche Erprobung in Hafenbetrieben (MAG)",
						"Bis zu sechs Wochen bei einem Arbeitgeber ausprobieren, ob Arbeit und Betrieb passen – begleitet vom Bildungswerk.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.YOUNG_PEOPLE).module("Erprobung im Betrieb", 180)
					.legal("DE_SGB2_16_SGB3_45_MAG").funding(Funding.ACTIVATION_VOUCHER).azav("CERTQUA", "955/1320/2025", 2)
					.time(TimeModel.FULL_OR_PART_TIME).duration("bis zu 6 Wochen").keywords("Praktikum Erprobung Arbeitgeber")
					.rolling(8, 15),
				offer(p, "Private Arbeitsvermittlung Hafen und Logistik",
						"Wir vermitteln in sozialversicherungspflichtige Arbeit bei Partnerbetrieben in Hafen, Lager und Verkehr.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED).legal("DE_SGB2_16_SGB3_45_MPAV").funding(Funding.ACTIVATION_VOUCHER)
					.azav("CERTQUA", "955/1330/2025", 2).format(Format.HYBRID).time(TimeModel.FULL_OR_PART_TIME)
					.duration("bis zur Arbeitsaufnahme").keywords("Vermittlung Arbeit Job").rolling(null, 30),
				offer(p, "Arbeitsgelegenheit „Grünes Kaiufer“",
						"Pflege der Grünflächen am Kaiufer mit Anleitung: Tagesstruktur, Teamarbeit und ein Zeugnis für die Bewerbung.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.HEALTH_RESTRICTIONS)
					.module("Grünpflege mit Anleitung", 600).legal("DE_SGB2_16D").funding(Funding.FREE).time(TimeModel.PART_TIME)
					.duration("6 bis 12 Monate, 25 Stunden pro Woche").access(Accessibility.QUIET_ROOM)
					.keywords("AGH Grünpflege Beschäftigung").rolling(3, 12).stale(),
				offer(p, "Werkstatt Bewerbung digital",
						"Hybride Kurzreihe: Onlineprofil, Videobewerbung und Jobportale – vor Ort oder zugeschaltet.")
					.groups(TargetGroup.YOUNG_PEOPLE).module("Onlineprofile", 6).module("Videobewerbung", 6)
					.legal("DE_SGB2_16_SGB3_45_MAT").funding(Funding.ACTIVATION_VOUCHER).format(Format.HYBRID)
					.duration("3 Tage").keywords("Bewerbung Video Online").run(25, 1, 10, 14)
					.cancelled("Die Dozentin ist erkrankt; der nächste Termin folgt im Frühjahr.").run(-300, 1, 0, 14)
					.becomes(Outcome.CHANGE_RETURNED,
							"Bitte ergänzen Sie, welche Technik Teilnehmende zu Hause brauchen, und nennen Sie die Dauer in Stunden."),
				offer(p, "Fachkraft Hafenlogistik – Anpassungsqualifizierung",
						"Neues Angebot in Vorbereitung: Zusatzqualifikation Containerumschlag und Zoll für Lagerfachkräfte.")
					.groups(TargetGroup.WITHOUT_QUALIFICATION).module("Containerumschlag", 120).module("Zoll und Dokumente", 80)
					.legal("DE_SGB3_81_FBW").funding(Funding.EDUCATION_VOUCHER).time(TimeModel.FULL_TIME)
					.duration("3 Monate").becomes(Outcome.DRAFT, null),
				offer(p, "Grundkurs Schweißen (alt)",
						"Bis letztes Jahr angeboten; durch die Umschulung Metallbau ersetzt.")
					.groups(TargetGroup.WITHOUT_QUALIFICATION).module("Schweißen MAG", 160).legal("DE_SGB3_81_FBW")
					.funding(Funding.EDUCATION_VOUCHER).time(TimeModel.FULL_TIME).run(-400, 8, 0, 10)
					.becomes(Outcome.ARCHIVED, null));
	}

	private List<Demo> perspektive() {
		String p = "perspektive-plus";
		return List.of(
				offer(p, "Kompass – ganzheitliche Betreuung nach § 16k",
						"Ein Coach für alles, was gerade im Weg steht: Gesundheit, Familie, Schulden, Wohnung – und dann der Weg in Arbeit.")
					.text("Kompass begleitet Menschen, die lange ohne Arbeit sind, ganzheitlich und aufsuchend. Wir kommen auch nach "
							+ "Hause, begleiten zu Ämtern und Beratungsstellen und arbeiten eng mit der Integrationsfachkraft zusammen.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.HEALTH_RESTRICTIONS, TargetGroup.SINGLE_PARENTS)
					.module("Kennenlernen und Ziele", null).module("Begleitung im Alltag", null).module("Übergang in Arbeit", null)
					.legal("DE_SGB2_16K").funding(Funding.FREE).time(TimeModel.PART_TIME).duration("bis zu 12 Monate")
					.access(Accessibility.PLAIN_LANGUAGE, Accessibility.STEP_FREE, Accessibility.SIGN_LANGUAGE)
					.keywords("Coaching ganzheitlich aufsuchend Betreuung").rolling(5, 40),
				offer(p, "Beschäftigungsbegleitendes Coaching § 16i",
						"Coaching für Menschen in geförderter Beschäftigung (Teilhabe am Arbeitsmarkt) und ihre Arbeitgeber.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.EMPLOYERS).module("Coaching am Arbeitsplatz", null)
					.legal("DE_SGB2_16I").funding(Funding.FREE).time(TimeModel.PART_TIME).duration("während der Förderung")
					.keywords("Teilhabe Arbeitsmarkt Coaching Arbeitgeber").rolling(12, 30).stale(),
				offer(p, "Coaching zur Eingliederung von Langzeitarbeitslosen § 16e",
						"Begleitung in den ersten Monaten im neuen Job, damit das Arbeitsverhältnis hält.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED).legal("DE_SGB2_16E").funding(Funding.FREE)
					.time(TimeModel.PART_TIME).duration("bis zu 6 Monate").rolling(8, 20),
				offer(p, "Anker – junge Menschen erreichen (§ 16h)",
						"Aufsuchende Jugendarbeit für junge Menschen, die Schule, Jobcenter und Ausbildung den Rücken gekehrt haben.")
					.text("Wir treffen junge Menschen dort, wo sie sind: im Stadtteil, online, im Jugendzentrum. Ohne Termin- und "
							+ "Sanktionsdruck klären wir Wohnen, Geld und Papiere und finden gemeinsam einen nächsten Schritt.")
					.groups(TargetGroup.YOUNG_PEOPLE).group("Junge Menschen ohne festen Wohnsitz").legal("DE_SGB2_16H")
					.funding(Funding.FREE).format(Format.HYBRID).time(TimeModel.PART_TIME).duration("so lange wie nötig")
					.access(Accessibility.PLAIN_LANGUAGE).keywords("Jugend aufsuchend Streetwork").rolling(null, 25),
				offer(p, "MY TURN – Frauen mit Migrationserfahrung starten durch",
						"ESF-Plus-Programm: Orientierung, Sprache, Qualifizierung und Kontakte zu Arbeitgebern – von Frauen für Frauen.")
					.text("MY TURN setzt das Programm „Stark im Beruf“ fort. Coachinnen begleiten Frauen mit Migrationserfahrung "
							+ "auf dem Weg in Ausbildung und Arbeit; die Zusammenarbeit mit dem Jobcenter ist Teil des Programms.")
					.groups(TargetGroup.MIGRANTS, TargetGroup.WOMEN_RETURNING, TargetGroup.REFUGEES)
					.module("Orientierung und Kompetenzfeststellung", 40).module("Berufsbezogenes Deutsch", 120)
					.module("Praktikum", 160).legal("DE_ESF_PLUS").funding(Funding.ESF_PLUS).time(TimeModel.PART_TIME)
					.duration("9 Monate, 20 Stunden pro Woche").access(Accessibility.CHILDCARE, Accessibility.PLAIN_LANGUAGE)
					.keywords("Frauen Migration ESF Stark im Beruf").run(-60, 39, 2, 15).run(75, 39, 15, 15),
				offer(p, "Zeit für mich und Beruf – Coaching für Alleinerziehende",
						"Gruppen- und Einzelcoaching zu Vereinbarkeit, Kinderbetreuung und Teilzeitausbildung.")
					.groups(TargetGroup.SINGLE_PARENTS).module("Gruppencoaching", 48).module("Einzelcoaching", 12)
					.legal("DE_SGB2_16_SGB3_45_MAT").funding(Funding.ACTIVATION_VOUCHER).azav("HZA Zert", "AV-334/2025", 2)
					.time(TimeModel.PART_TIME).duration("10 Wochen, 12 Stunden pro Woche").access(Accessibility.CHILDCARE)
					.keywords("Alleinerziehende Vereinbarkeit Teilzeitausbildung").run(-100, 10, 0, 12).run(30, 10, 0, 12),
				offer(p, "Stabil – Coaching bei gesundheitlichen Einschränkungen",
						"Gesundheit und Arbeit zusammen denken: Coaching mit Bewegung, Stressbewältigung und realistischen Zielen.")
					.groups(TargetGroup.HEALTH_RESTRICTIONS, TargetGroup.DISABILITY).legal("DE_SGB2_16_SGB3_45_MAT")
					.funding(Funding.ACTIVATION_VOUCHER).azav("HZA Zert", "AV-335/2025", 2).time(TimeModel.PART_TIME)
					.access(Accessibility.QUIET_ROOM, Accessibility.STEP_FREE, Accessibility.ACCESSIBLE_TOILET)
					.duration("12 Wochen, 15 Stunden pro Woche").run(15, 12, 6, 10),
				offer(p, "Jobcafé Nordufer",
						"Jeden Mittwoch offen: Kaffee, Stellenangebote, Hilfe bei Bewerbungen – ohne Anmeldung.")
					.owner("buendnis-nordufer").groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.MIGRANTS)
					.legal("DE_MUNICIPAL").funding(Funding.FREE).time(TimeModel.PART_TIME).duration("offener Treff")
					.access(Accessibility.STEP_FREE).keywords("offen Treff Bewerbung Stadtteil").rolling(null, 30),
				offer(p, "Nachbarschaftslotsinnen Nordufer",
						"Ehrenamtliche Lotsinnen begleiten Nachbarinnen zu Ämtern, Kita und Beratung – auf Deutsch, Arabisch und Türkisch.")
					.owner("buendnis-nordufer").groups(TargetGroup.MIGRANTS, TargetGroup.REFUGEES).legal("DE_ESF_PLUS")
					.funding(Funding.ESF_PLUS).time(TimeModel.PART_TIME).access(Accessibility.PLAIN_LANGUAGE).rolling(null, 20),
				offer(p, "Mentoring 50 plus Nordufer",
						"Berufserfahrene Mentorinnen und Mentoren begleiten Arbeitsuchende über 50 für ein halbes Jahr.")
					.owner("buendnis-nordufer").groups(TargetGroup.OLDER_PEOPLE).legal("DE_MUNICIPAL").funding(Funding.FREE)
					.time(TimeModel.PART_TIME).duration("6 Monate").run(50, 26, 10, 10).becomes(Outcome.SUBMITTED, null),
				offer(p, "Coaching per Video",
						"In Vorbereitung: Einzelcoaching vollständig per Video für Menschen mit langen Wegen.")
					.groups(TargetGroup.HEALTH_RESTRICTIONS).legal("DE_SGB2_16_SGB3_45_MAT").funding(Funding.ACTIVATION_VOUCHER)
					.format(Format.DIGITAL).becomes(Outcome.DRAFT, null));
	}

	private List<Demo> city() {
		String p = "stadt-hafenstadt";
		return List.of(
				offer(p, "Kommunale Schuldnerberatung",
						"Vertrauliche Beratung bei Schulden: Überblick, Haushaltsplan, Verhandlungen mit Gläubigern, P-Konto und Insolvenz.")
					.text("Die Schuldnerberatung ist eine kommunale Eingliederungsleistung nach § 16a SGB II. Die Beratung ist "
							+ "kostenlos und vertraulich; das Jobcenter erfährt nur, dass Sie teilnehmen.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.SINGLE_PARENTS).legal("DE_SGB2_16A")
					.funding(Funding.MUNICIPAL).time(TimeModel.PART_TIME).duration("nach Bedarf")
					.access(Accessibility.STEP_FREE, Accessibility.PLAIN_LANGUAGE, Accessibility.HEARING_LOOP)
					.keywords("Schulden Beratung Insolvenz P-Konto").rolling(null, 40),
				offer(p, "Suchtberatung für Arbeitsuchende",
						"Beratung bei Alkohol, Medikamenten, Glücksspiel und anderen Süchten – anonym möglich, auch für Angehörige.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.HEALTH_RESTRICTIONS).legal("DE_SGB2_16A")
					.funding(Funding.MUNICIPAL).format(Format.HYBRID).time(TimeModel.PART_TIME)
					.access(Accessibility.STEP_FREE, Accessibility.QUIET_ROOM).keywords("Sucht Alkohol Beratung").rolling(null, 30),
				offer(p, "Psychosoziale Beratung",
						"Unterstützung in Krisen, bei Überforderung und seelischer Belastung; Vermittlung in Therapie und Selbsthilfe.")
					.groups(TargetGroup.HEALTH_RESTRICTIONS).legal("DE_SGB2_16A").funding(Funding.MUNICIPAL)
					.time(TimeModel.PART_TIME).access(Accessibility.QUIET_ROOM).rolling(null, 20),
				offer(p, "Kita-Lotsen: Kinderbetreuung für Arbeit und Ausbildung",
						"Wir finden einen Betreuungsplatz, wenn Arbeit, Ausbildung oder eine Maßnahme beginnen – auch kurzfristig.")
					.groups(TargetGroup.SINGLE_PARENTS, TargetGroup.WOMEN_RETURNING).legal("DE_SGB2_16A")
					.funding(Funding.MUNICIPAL).time(TimeModel.PART_TIME).access(Accessibility.CHILDCARE)
					.keywords("Kita Kinderbetreuung Vereinbarkeit").rolling(null, 60),
				offer(p, "Mama lernt Deutsch",
						"Deutschkurs am Vormittag mit Kinderbetreuung im selben Haus.")
					.groups(TargetGroup.MIGRANTS, TargetGroup.SINGLE_PARENTS).legal("DE_MUNICIPAL").funding(Funding.MUNICIPAL)
					.time(TimeModel.PART_TIME).duration("20 Wochen, 9 Stunden pro Woche").access(Accessibility.CHILDCARE)
					.keywords("Sprachkurs Deutsch Mütter").run(-20, 20, 0, 14).run(110, 20, 14, 14),
				offer(p, "Sprachcafé im Stadtteilzentrum",
						"Deutsch sprechen üben in entspannter Runde, jeden Donnerstag.")
					.groups(TargetGroup.MIGRANTS, TargetGroup.REFUGEES).legal("DE_MUNICIPAL").funding(Funding.FREE)
					.time(TimeModel.PART_TIME).access(Accessibility.STEP_FREE).rolling(null, 25));
	}

	private List<Demo> jobcenter() {
		String p = "jobcenter-hafenstadt";
		return List.of(
				offer(p, "Bewerbungscenter im Jobcenter",
						"PCs, Drucker und Beratung zu Bewerbungen – ohne Termin in den Öffnungszeiten.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.YOUNG_PEOPLE).legal("DE_MUNICIPAL")
					.funding(Funding.FREE).time(TimeModel.PART_TIME).access(Accessibility.STEP_FREE, Accessibility.ACCESSIBLE_TOILET)
					.keywords("Bewerbung PC Drucker").rolling(null, 12),
				offer(p, "Infoabend Weiterbildung mit Bildungsgutschein",
						"Wie bekomme ich einen Bildungsgutschein, welche Umschulungen gibt es, wer berät mich?")
					.groups(TargetGroup.WITHOUT_QUALIFICATION, TargetGroup.WOMEN_RETURNING).legal("DE_SGB3_81_FBW")
					.funding(Funding.FREE).format(Format.HYBRID).duration("2 Stunden").run(-35, 1, 0, 60).run(21, 1, 37, 60),
				offer(p, "Online-Infoabend Teilzeitausbildung",
						"Ausbildung in Teilzeit für Eltern und Pflegende: Betriebe und Auszubildende berichten.")
					.groups(TargetGroup.SINGLE_PARENTS).legal("DE_MUNICIPAL").funding(Funding.FREE).format(Format.DIGITAL)
					.duration("90 Minuten").run(12, 1, 80, 100),
				offer(p, "Arbeitgeberservice: Förderung bei Einstellung",
						"Beratung für Betriebe zu Eingliederungszuschuss, § 16e und § 16i SGB II.")
					.groups(TargetGroup.EMPLOYERS).legal("DE_SGB2_16E", "DE_SGB2_16I").funding(Funding.FREE)
					.format(Format.HYBRID).rolling(null, 10),
				offer(p, "Job-Speed-Dating Hafenlogistik",
						"Zehn Minuten pro Gespräch: Betriebe aus Hafen und Logistik treffen Bewerberinnen und Bewerber.")
					.groups(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.EMPLOYERS).legal("DE_MUNICIPAL").funding(Funding.FREE)
					.duration("1 Tag").run(-14, 1, 0, 80).run(33, 1, 44, 80),
				offer(p, "Jugendberufsagentur: offene Sprechstunde",
						"Jobcenter, Agentur und Jugendhilfe an einem Tisch für alle unter 25.")
					.groups(TargetGroup.YOUNG_PEOPLE).legal("DE_SGB2_16H").funding(Funding.FREE)
					.access(Accessibility.PLAIN_LANGUAGE).rolling(null, 20),
				offer(p, "Sprachkurs-Lotse",
						"Wir finden den passenden Integrations- oder Berufssprachkurs und klären die Kosten.")
					.groups(TargetGroup.MIGRANTS, TargetGroup.REFUGEES).legal("DE_MUNICIPAL").funding(Funding.FREE)
					.format(Format.HYBRID).rolling(5, 15).stale());
	}
}
