package org.werkstatt.cooperation.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.SiteTime;

/**
 * The demo's proposals in MY TURN (after the cooperation demo, {@code @Order(70)}): planned ends and hours for the
 * running participations that have proposals, two open proposals (one overdue), an approved and a rejected one, a
 * withdrawn one and a superseded one, so that both start pages show the eM@w inbox.
 */
@Component
class ProposalDemo {

	private final JdbcClient jdbc;
	private final StaffDirectory directory;
	private final SiteTime siteTime;

	ProposalDemo(JdbcClient jdbc, StaffDirectory directory, SiteTime siteTime) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.siteTime = siteTime;
	}

	@EventListener
	@Order(73)
	void on(DemoLoaded demo) {
		Optional<UUID> agreement = jdbc.sql("select id from agreement where title like 'MY TURN%' order by created_at limit 1")
			.query(UUID.class).optional();
		Optional<UUID> caseworker = directory.byEmail("fallmanagement@jobcenter-hafenstadt.example");
		Optional<UUID> provider = directory.byEmail("traeger@bildungswerk-kai.example");
		if (agreement.isEmpty() || caseworker.isEmpty() || provider.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(siteTime.zone());
		UUID jc = caseworker.get();
		UUID tr = provider.get();
		UUID demir = plan(agreement.get(), "Demir", today.plusDays(40), 20);
		UUID haddad = plan(agreement.get(), "Haddad", today.plusDays(70), 15);
		UUID kovalenko = plan(agreement.get(), "Kovalenko", today.plusDays(120), 25);
		UUID yusuf = plan(agreement.get(), "Yusuf", today.plusDays(100), 20);
		if (demir == null || haddad == null || kovalenko == null || yusuf == null) {
			return;
		}
		insert(demir, "EXTEND", "OPEN", """
				Frau Demir schließt das Praktikum im Lager erst in sechs Wochen ab; danach ist ein Vorstellungsgespräch \
				beim Praktikumsbetrieb vereinbart.""", today.plusDays(100), null, 2, tr, null, null, null);
		insert(haddad, "CHANGE_HOURS", "OPEN", """
				Der Sprachkurs am Vormittag fällt weg; Frau Haddad kann ab dem nächsten Monat 25 statt 15 Stunden \
				teilnehmen.""", null, 25, 10, tr, null, null, null);
		insert(kovalenko, "EXTEND", "APPROVED", "Die Prüfung zur Fachkraft Lagerlogistik ist erst im Herbst.", today.plusDays(120),
				null, 30, tr, 27, jc, "Einverstanden, die Prüfung ist Teil des Ziels.");
		insert(kovalenko, "CHANGE_START", "REJECTED", "Der Beginn sollte rückwirkend auf den Tag der Erstberatung gelegt werden.",
				today.minusDays(140), null, 120, tr, 116, jc, "Maßgeblich ist der Tag der Zuweisung; die Erstberatung lag davor.");
		UUID newer = insert(yusuf, "OTHER", "OPEN", "Bitte um ein gemeinsames Gespräch zum weiteren Vorgehen (Kinderbetreuung).",
				null, null, 1, tr, null, null, null);
		UUID older = insert(yusuf, "OTHER", "SUPERSEDED", "Bitte um ein Gespräch.", null, null, 4, tr, 1, tr, null);
		jdbc.sql("update coop_proposal set superseded_by = ? where id = ?").params(newer, older).update();
		insert(yusuf, "CHANGE_END", "WITHDRAWN", "Ende vorziehen: Arbeitsaufnahme in Aussicht.", today.plusDays(30), null, 12, tr, 9,
				tr, null);
	}

	/** Gives a running participation a planned end and hours (the demo assigned it without); null when not found. */
	private @Nullable UUID plan(UUID agreement, String lastName, LocalDate plannedEnd, int hours) {
		Optional<UUID> id = jdbc.sql("select id from coop_participant where agreement_id = ? and last_name = ?")
			.params(agreement, lastName).query(UUID.class).optional();
		id.ifPresent(p -> jdbc.sql("update coop_participant set planned_end_date = ?, weekly_hours = ? where id = ?")
			.params(plannedEnd, hours, p).update());
		return id.orElse(null);
	}

	private UUID insert(UUID participant, String kind, String status, String reason, @Nullable LocalDate newDate,
			@Nullable Integer hours, int daysAgo, UUID by, @Nullable Integer decidedDaysAgo, @Nullable UUID decidedBy,
			@Nullable String note) {
		OffsetDateTime proposed = OffsetDateTime.now(siteTime.zone()).minusDays(daysAgo);
		return jdbc.sql("""
				insert into coop_proposal (participant_id, kind, status, reason, new_date, new_hours, due_on, proposed_at,
				  proposed_by, decided_at, decided_by, decision_note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(participant, kind, status, reason, newDate, hours, ProposalRules.dueOn(proposed.toLocalDate()), proposed, by,
					decidedDaysAgo == null ? null : OffsetDateTime.now(siteTime.zone()).minusDays(decidedDaysAgo), decidedBy, note)
			.query(UUID.class)
			.single();
	}
}
