package org.werkstatt.cooperation.participant;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.cooperation.audit.AccessEntry;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.audit.AccessLog;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.ReportingRhythm;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.cooperation.agreement.StaffRole;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.SiteTime;

/**
 * The demo's cooperation: the Jobcenter Hafenstadt and the Bildungswerk am Kai in the ESF+ programme "MY TURN",
 * confirmed by both, with the provider's Tariq Träger as coordinator; 30 fictional participants in every status,
 * consent for most (one withdrawn, three without), one with a sealed health note. Loaded after the catalog
 * ({@code @Order(5)}) and the product show ({@code 60}).
 */
@Component
class CooperationDemo {

	static final String TITLE = "MY TURN – Frauen mit Migrationserfahrung starten durch";

	private final AgreementStore agreements;
	private final ParticipantStore participants;
	private final ConsentStore consents;
	private final StaffDirectory directory;
	private final SpecialCategories special;
	private final SiteTime siteTime;
	private final AccessLog accessLog;

	CooperationDemo(AgreementStore agreements, ParticipantStore participants, ConsentStore consents, StaffDirectory directory,
			SpecialCategories special, SiteTime siteTime, AccessLog accessLog) {
		this.agreements = agreements;
		this.participants = participants;
		this.consents = consents;
		this.directory = directory;
		this.special = special;
		this.siteTime = siteTime;
		this.accessLog = accessLog;
	}

	/** A demo participant: name, gender, status path, consent. */
	private record Demo(String first, String last, Gender gender, String language, List<Step> steps, Consented consent) {
	}

	/** A status change, days ago. */
	private record Step(ParticipantStatus status, @Nullable StatusReason reason, @Nullable ExitDestination destination, int daysAgo,
			@Nullable String note) {
	}

	private enum Consented {
		YES, WITHDRAWN, NONE, HEALTH
	}

	private static Step s(ParticipantStatus status, int daysAgo) {
		return new Step(status, null, null, daysAgo, null);
	}

	private static Step s(ParticipantStatus status, StatusReason reason, int daysAgo) {
		return new Step(status, reason, null, daysAgo, reason == StatusReason.OTHER ? "Umzug in eine andere Stadt" : null);
	}

	private static Step end(StatusReason reason, ExitDestination destination, int daysAgo) {
		return new Step(ParticipantStatus.ENDED, reason, destination, daysAgo, null);
	}

	private static List<Demo> people() {
		ParticipantStatus p = ParticipantStatus.PARTICIPATING;
		return List.of(
				new Demo("Ayla", "Demir", Gender.WOMAN, "de", List.of(s(p, 150)), Consented.HEALTH),
				new Demo("Fatima", "Haddad", Gender.WOMAN, "de", List.of(s(p, 140)), Consented.YES),
				new Demo("Olena", "Kovalenko", Gender.WOMAN, "en", List.of(s(p, 130)), Consented.YES),
				new Demo("Amina", "Yusuf", Gender.WOMAN, "en", List.of(s(p, 120)), Consented.YES),
				new Demo("Mariam", "Ahmadi", Gender.WOMAN, "de", List.of(s(p, 110)), Consented.YES),
				new Demo("Svetlana", "Petrova", Gender.WOMAN, "de", List.of(s(p, 100)), Consented.YES),
				new Demo("Leyla", "Aydın", Gender.WOMAN, "de", List.of(s(p, 90)), Consented.YES),
				new Demo("Nour", "Khalil", Gender.WOMAN, "en", List.of(s(p, 80)), Consented.WITHDRAWN),
				new Demo("Hana", "Rahimi", Gender.WOMAN, "de", List.of(s(p, 70)), Consented.YES),
				new Demo("Alex", "Morgan", Gender.NON_BINARY, "en", List.of(s(p, 60)), Consented.YES),
				new Demo("Zainab", "Ali", Gender.WOMAN, "de", List.of(), Consented.YES),
				new Demo("Rosa", "Mendes", Gender.WOMAN, "en", List.of(), Consented.NONE),
				new Demo("Iryna", "Shevchenko", Gender.WOMAN, "da", List.of(), Consented.YES),
				new Demo("Samira", "Benali", Gender.WOMAN, "de", List.of(), Consented.NONE),
				new Demo("Parisa", "Karimi", Gender.WOMAN, "de", List.of(s(ParticipantStatus.WAITING_FOR_START, 10)), Consented.YES),
				new Demo("Aisha", "Bello", Gender.WOMAN, "en", List.of(s(ParticipantStatus.WAITING_FOR_START, 8)), Consented.YES),
				new Demo("Tatjana", "Wolf", Gender.WOMAN, "de", List.of(s(ParticipantStatus.WAITING_FOR_START, 6)), Consented.YES),
				new Demo("Kim", "Sommer", Gender.NOT_STATED, "de", List.of(s(ParticipantStatus.WAITING_FOR_START, 4)), Consented.YES),
				new Demo("Dilan", "Kaya", Gender.WOMAN, "de", List.of(s(p, 120), s(ParticipantStatus.INTERRUPTED, StatusReason.PARENTAL_LEAVE, 30)), Consented.YES),
				new Demo("Mina", "Sultani", Gender.WOMAN, "de", List.of(s(p, 100), s(ParticipantStatus.INTERRUPTED, StatusReason.SICKNESS, 12)), Consented.YES),
				new Demo("Elif", "Yıldız", Gender.WOMAN, "de", List.of(s(p, 90), s(ParticipantStatus.INTERRUPTED, StatusReason.OTHER, 5)), Consented.YES),
				new Demo("Jana", "Novak", Gender.WOMAN, "da", List.of(s(p, 200), end(StatusReason.COMPLETED, ExitDestination.EMPLOYMENT, 20)), Consented.YES),
				new Demo("Sara", "Tesfaye", Gender.WOMAN, "en", List.of(s(p, 210), end(StatusReason.COMPLETED, ExitDestination.TRAINING, 30)), Consented.YES),
				new Demo("Noura", "Saleh", Gender.WOMAN, "de", List.of(s(p, 150), end(StatusReason.DROPPED_OUT, ExitDestination.UNKNOWN, 15)), Consented.YES),
				new Demo("Gül", "Arslan", Gender.WOMAN, "de", List.of(s(p, 230), end(StatusReason.COMPLETED, ExitDestination.EMPLOYMENT, 60)), Consented.YES),
				new Demo("Yasmin", "Haidari", Gender.WOMAN, "de", List.of(s(p, 220), end(StatusReason.COMPLETED, ExitDestination.OTHER_SUPPORT, 90)), Consented.YES),
				new Demo("Lina", "Mansour", Gender.WOMAN, "en", List.of(s(ParticipantStatus.NOT_RELEVANT, StatusReason.DID_NOT_START, 25)), Consented.YES),
				new Demo("Maryam", "Noori", Gender.WOMAN, "de", List.of(s(ParticipantStatus.NOT_RELEVANT, StatusReason.NO_LONGER_NEEDED, 18)), Consented.NONE),
				new Demo("Daria", "Popescu", Gender.WOMAN, "de", List.of(new Step(ParticipantStatus.REGISTERED_BY_MISTAKE, null, null, 3, "Doppelt erfasst")), Consented.YES),
				new Demo("Farida", "Osman", Gender.MAN, "de", List.of(new Step(ParticipantStatus.REGISTERED_BY_MISTAKE, null, null, 2, "Falsches Programm: MY TURN ist für Frauen")), Consented.YES));
	}

	@EventListener
	@Order(70)
	void on(DemoLoaded demo) {
		UUID jobcenter = demo.organisation("jobcenter-hafenstadt");
		UUID provider = demo.organisation("bildungswerk-kai");
		UUID admin = person("admin@jobcenter-hafenstadt.example");
		UUID caseworker = person("fallmanagement@jobcenter-hafenstadt.example");
		UUID traeger = person("traeger@bildungswerk-kai.example");
		UUID officer = directory.byEmail("bca@jobcenter-hafenstadt.example").orElse(null);
		LocalDate today = LocalDate.now(siteTime.zone());

		Set<DataCategory> categories = EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN, DataCategory.ATTENDANCE,
				DataCategory.EDUCATION, DataCategory.EMPLOYMENT_HISTORY, DataCategory.LANGUAGE_SKILLS,
				DataCategory.FAMILY_SITUATION, DataCategory.HEALTH);
		UUID agreement = agreements.create(jobcenter, new AgreementStore.Details(provider, TITLE, """
				ESF-Plus-Programm MY TURN (Fortsetzung von »Stark im Beruf«): Coaching, Sprachförderung, Praktika und \
				Kinderbetreuung für Frauen mit Migrationserfahrung auf dem Weg in Arbeit oder Ausbildung. Transparenz zu \
				individuellen Zielen, Meilensteinen und durchlaufenen Modulen; vierteljährliche Auswertung für die \
				Beauftragte für Chancengleichheit.""", today.minusMonths(8).withDayOfMonth(1), today.plusMonths(16).withDayOfMonth(1).minusDays(1),
				ReportingRhythm.QUARTERLY, today.withDayOfMonth(1).plusMonths(1).plusDays(14), officer, categories, 40, 730), admin);
		agreements.addStaff(agreement, traeger, StaffRole.COORDINATOR, traeger);
		agreements.confirm(agreement, true, admin);
		agreements.confirm(agreement, false, traeger);

		UUID textDe = consents.addText(null, 1, "de", "Einwilligung in die Datenübermittlung (MY TURN)", """
				Ich willige ein, dass das Jobcenter Hafenstadt und der Träger meine Daten in den unten genannten Datenarten \
				für die Teilnahme an MY TURN verarbeiten und untereinander austauschen (§ 67b SGB X, Art. 6 Abs. 1 Buchst. a \
				und Art. 9 Abs. 2 Buchst. a DSGVO).

				Die Einwilligung ist freiwillig. Ich kann sie jederzeit ohne Nachteile widerrufen; ab dem Widerruf sieht \
				der Träger meine Daten nicht mehr. Was gesetzlich aufbewahrt werden muss, bleibt gespeichert.""",
				today.minusMonths(8));
		consents.addText(null, 1, "da", "Samtykke til videregivelse af oplysninger (MY TURN)", """
				Jeg giver samtykke til, at Jobcenter Hafenstadt og udbyderen behandler og udveksler mine oplysninger i de \
				nævnte datatyper i forbindelse med min deltagelse i MY TURN.

				Samtykket er frivilligt. Jeg kan til enhver tid tilbagekalde det uden ulemper; derefter kan udbyderen ikke \
				længere se mine oplysninger. Det, som loven kræver opbevaret, bliver gemt.""", today.minusMonths(8));
		consents.addText(null, 1, "en", "Consent to the exchange of data (MY TURN)", """
				I consent to the Jobcenter Hafenstadt and the provider processing and exchanging my data of the kinds \
				listed below for my participation in MY TURN.

				Consent is voluntary. I can withdraw it at any time without disadvantage; from then on the provider no \
				longer sees my data. What the law requires to be kept remains stored.""", today.minusMonths(8));
		List<ConsentStore.ConsentText> texts = consents.textsFor(jobcenter);

		int i = 0;
		for (Demo d : people()) {
			i++;
			int firstDay = d.steps().isEmpty() ? 20 + i : d.steps().getFirst().daysAgo() + 14;
			UUID id = participants.assign(agreement, new ParticipantStore.Details(d.first(), d.last(),
					i % 3 == 0 ? null : (ascii(d.first()) + "." + ascii(d.last()) + "@example.org").toLowerCase(java.util.Locale.ROOT),
					i % 2 == 0 ? "+49 40 5550" + (100 + i) : null, LocalDate.of(1975 + (i * 7) % 30, 1 + i % 12, 1 + (i * 3) % 28),
					d.gender(), d.language(), null, null), caseworker, today.minusDays(firstDay));
			ParticipantStatus current = ParticipantStatus.ASSIGNED;
			for (Step step : d.steps()) {
				participants.changeStatus(id, current, new StatusChange(step.status(), step.reason(), step.note(),
						step.destination(), today.minusDays(step.daysAgo())), caseworker);
				current = step.status();
			}
			if (d.consent() == Consented.NONE) {
				continue;
			}
			UUID text = texts.stream().filter(t -> t.language().equals(d.language())).map(ConsentStore.ConsentText::id)
				.findFirst().orElse(textDe);
			Set<DataCategory> given = EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN, DataCategory.ATTENDANCE,
					DataCategory.EDUCATION, DataCategory.EMPLOYMENT_HISTORY, DataCategory.LANGUAGE_SKILLS);
			if (d.consent() == Consented.HEALTH) {
				given.add(DataCategory.HEALTH);
			}
			UUID consent = consents.record(id, text, given, Set.of(jobcenter, provider), today.minusDays(firstDay),
					i % 4 == 0 ? Consent.GivenHow.IN_PERSON : Consent.GivenHow.PAPER, i % 5 == 1, caseworker);
			if (d.consent() == Consented.WITHDRAWN) {
				consents.withdraw(id, consent, "Widerruf per Telefon", caseworker);
			}
			if (d.consent() == Consented.HEALTH) {
				participants.seal(id, "health_sealed", special.seal(id, "Rückenbeschwerden: keine schweren Lasten, Pausen nach Absprache"));
			}
		}
		firstViews(agreement, jobcenter, provider, caseworker, traeger, person("planung@jobcenter-hafenstadt.example"));
	}

	/**
	 * The access log's first entries, as the demo's people's first views would have written them (stamped at loading
	 * time by the chain): the caseworker's list and three participant pages, the coordinator's list and two plans, a
	 * refusal after a withdrawn consent, and the planner's refused attempt.
	 */
	private void firstViews(UUID agreement, UUID jobcenter, UUID provider, UUID caseworker, UUID coordinator, UUID planner) {
		String list = "/work/coop/{agreementId}/participants";
		String page = "/work/coop/{agreementId}/participants/{participantId}";
		String plan = "/work/coop/{agreementId}/participants/{participantId}/plan";
		List<Participant> all = participants.ofAgreement(agreement);
		Map<UUID, List<Consent>> given = consents.of(all.stream().map(Participant::id).toList());
		List<UUID> consented = all.stream()
			.filter(p -> given.getOrDefault(p.id(), List.of()).stream().anyMatch(c -> c.covers(provider, DataCategory.GOALS_PLAN)))
			.map(Participant::id)
			.toList();
		UUID withdrawn = all.stream()
			.filter(p -> given.getOrDefault(p.id(), List.of()).stream().anyMatch(Consent::withdrawn))
			.map(Participant::id)
			.findFirst()
			.orElseThrow();
		accessLog.record(AccessEntry.granted(caseworker, jobcenter, "CASEWORKER", AccessKind.LIST,
				all.stream().map(Participant::id).toList(), list, "participant list"));
		for (UUID id : consented.subList(0, 3)) {
			accessLog.record(AccessEntry.granted(caseworker, jobcenter, "CASEWORKER", AccessKind.READ, List.of(id), page,
					"participant page"));
		}
		accessLog.record(AccessEntry.granted(coordinator, provider, "COORDINATOR", AccessKind.LIST, consented, list,
				"participant list"));
		for (UUID id : consented.subList(0, 2)) {
			accessLog.record(AccessEntry.granted(coordinator, provider, "COORDINATOR", AccessKind.READ, List.of(id), plan,
					"individual plan"));
		}
		accessLog.record(AccessEntry.refused(coordinator, provider, "COORDINATOR", AccessKind.READ, List.of(withdrawn), page,
				"participant page", AccessDecision.CONSENT_WITHDRAWN));
		accessLog.record(AccessEntry.refused(planner, jobcenter, "PLANNER", AccessKind.READ, List.of(consented.getFirst()), page,
				"participant page", AccessDecision.NO_ROLE));
	}

	private UUID person(String email) {
		return directory.byEmail(email).orElseThrow(() -> new IllegalStateException("No demo account " + email));
	}

	private static String ascii(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
	}
}
