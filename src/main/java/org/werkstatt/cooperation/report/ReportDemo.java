package org.werkstatt.cooperation.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.platform.web.SiteTime;

/**
 * The demo's reports: the MY TURN agreement's two latest periods that are over, both submitted by the provider's
 * coordinator with a text, the older one acknowledged by the jobcenter's equal-opportunity officer. Runs after the
 * plan and attendance demos, so that their modules and attendance count.
 */
@Component
class ReportDemo {

	private final JdbcClient jdbc;
	private final AgreementStore agreements;
	private final StaffDirectory directory;
	private final ReportGenerator generator;
	private final Reports reports;
	private final SiteTime siteTime;

	ReportDemo(JdbcClient jdbc, AgreementStore agreements, StaffDirectory directory, ReportGenerator generator,
			Reports reports, SiteTime siteTime) {
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.directory = directory;
		this.generator = generator;
		this.reports = reports;
		this.siteTime = siteTime;
	}

	@EventListener
	@Order(74)
	void on(DemoLoaded demo) {
		UUID coordinator = directory.byEmail("traeger@bildungswerk-kai.example").orElse(null);
		UUID officer = directory.byEmail("bca@jobcenter-hafenstadt.example").orElse(null);
		Agreement agreement = jdbc.sql("select id from agreement where title like 'MY TURN%' order by created_at limit 1")
			.query(UUID.class).optional().flatMap(agreements::find).orElse(null);
		if (coordinator == null || officer == null || agreement == null) {
			return;
		}
		LocalDate today = LocalDate.now(siteTime.zone());
		List<ReportPeriod> over = ReportPeriod.between(agreement.validFrom(), agreement.validUntil(), today,
				agreement.reportingRhythm()).stream().filter(p -> p.over(today)).limit(2).toList();
		for (int i = over.size() - 1; i >= 0; i--) {
			ReportPeriod period = over.get(i);
			Figures figures = generator.generate(agreement.id(), period, today);
			String text = i == 0 ? """
					Im Quartal haben weitere Frauen die Maßnahme begonnen; das Sprachmodul B1 ist gut besucht. Zwei \
					Praktikumsplätze im Einzelhandel kamen neu hinzu. Die Kinderbetreuung am Nachmittag bleibt knapp; \
					wir sprechen dazu mit dem Jobcenter.""" : """
					Der Start von MY TURN ist gelungen: Die ersten Teilnehmerinnen sind im Coaching, die Module \
					Bewerbungstraining und Sprachförderung laufen. Die Anwesenheit ist hoch.""";
			reports.submit(agreement.id(), period, period.next(agreement.reportingRhythm()), text, null, figures, coordinator);
			if (i == 1) {
				reports.ofAgreement(agreement.id()).stream().filter(r -> r.period().equals(period)).findFirst()
					.ifPresent(r -> reports.acknowledge(r.id(), officer));
			}
		}
	}
}
