package org.werkstatt.cooperation.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** The stored reports and what was said about them. */
@Component
class Reports {

	enum Status {
		SUBMITTED, QUESTIONED, ACKNOWLEDGED;

		public String messageKey() {
			return "coopReport.status." + name();
		}
	}

	record Report(UUID id, UUID agreementId, ReportPeriod period, Status status, String text, Figures figures,
			Instant submittedAt, @Nullable Instant decidedAt, int version) {
	}

	/** A report as the officer's list shows it, with its agreement. */
	record Listed(Report report, String agreementTitle, UUID providerId) {
	}

	record Message(String kind, @Nullable String text, Instant at, UUID by) {

		public String messageKey() {
			return "coopReport.message." + kind;
		}
	}

	/** Why a change did not happen. */
	enum Refusal {
		NONE, ALREADY_SUBMITTED, NOT_WAITING
	}

	private static final String COLUMNS = """
			r.id, r.agreement_id, r.period_start, r.period_end, r.status, r.text, r.figures::text as figures, r.submitted_at,
			r.decided_at, r.version""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Reports(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Report> ofAgreement(UUID agreementId) {
		return jdbc.sql("select " + COLUMNS + " from coop_report r where r.agreement_id = ? order by r.period_start desc")
			.param(agreementId).query(this::report).list();
	}

	Optional<Report> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from coop_report r where r.id = ?").param(id).query(this::report).optional();
	}

	/** The reports of the jobcenter's agreements, newest period first. */
	List<Listed> ofJobcenter(UUID jobcenterId) {
		return jdbc.sql("select " + COLUMNS + """
				, a.title, a.provider_id from coop_report r join agreement a on a.id = r.agreement_id
				where a.jobcenter_id = ? order by r.period_start desc, a.title""")
			.param(jobcenterId)
			.query((rs, i) -> new Listed(report(rs, i), rs.getString("title"), rs.getObject("provider_id", UUID.class)))
			.list();
	}

	/** An agreement whose next report is due, for the provider's coordinator. */
	record Due(UUID agreementId, String title) {
	}

	/** The active agreements of the provider, coordinated by the person, whose next report is due by the day. */
	List<Due> dueFor(UUID providerId, UUID personId, LocalDate day) {
		return jdbc.sql("""
				select a.id, a.title from agreement a
				join agreement_staff s on s.agreement_id = a.id and s.person_id = ? and s.role = 'COORDINATOR'
				where a.provider_id = ? and a.status = 'ACTIVE' and a.next_report_due <= ? order by a.next_report_due""")
			.params(personId, providerId, day)
			.query((rs, i) -> new Due(rs.getObject("id", UUID.class), rs.getString("title")))
			.list();
	}

	int waitingFor(UUID jobcenterId) {
		return jdbc.sql("""
				select count(*) from coop_report r join agreement a on a.id = r.agreement_id
				where a.jobcenter_id = ? and r.status = 'SUBMITTED'""").param(jobcenterId).query(Integer.class).single();
	}

	List<Message> messages(UUID reportId) {
		return jdbc.sql("select kind, text, at, by_person from coop_report_message where report_id = ? order by id")
			.param(reportId)
			.query((rs, i) -> new Message(rs.getString("kind"), rs.getString("text"), instant(rs, "at"),
					rs.getObject("by_person", UUID.class)))
			.list();
	}

	/**
	 * Submits the period's report with its frozen figures: a new report, or the answer to the officer's question (then
	 * {@code answer} is said too). Sets the agreement's next due date to the next period's.
	 */
	@Transactional
	Refusal submit(UUID agreementId, ReportPeriod period, ReportPeriod nextPeriod, String text, @Nullable String answer,
			Figures figures, UUID by) {
		String frozen = json.writeValueAsString(figures);
		Optional<Report> existing = jdbc.sql("select " + COLUMNS + " from coop_report r where r.agreement_id = ? and r.period_start = ? for update")
			.params(agreementId, period.from()).query(this::report).optional();
		UUID id;
		if (existing.isEmpty()) {
			id = jdbc.sql("""
					insert into coop_report (agreement_id, period_start, period_end, status, text, figures, missing_months,
					  submitted_at, submitted_by)
					values (?, ?, ?, 'SUBMITTED', ?, ?::jsonb, ?, now(), ?) returning id""")
				.params(agreementId, period.from(), period.to(), text, frozen, figures.missingMonths().size(), by)
				.query(UUID.class).single();
			say(id, "SUBMITTED", null, by);
			jdbc.sql("update agreement set next_report_due = ? where id = ? and (next_report_due is null or next_report_due <= ?)")
				.params(nextPeriod.due(), agreementId, nextPeriod.due()).update();
		}
		else if (existing.get().status() == Status.QUESTIONED) {
			id = existing.get().id();
			jdbc.sql("""
					update coop_report set status = 'SUBMITTED', text = ?, figures = ?::jsonb, missing_months = ?,
					  submitted_at = now(), submitted_by = ?, decided_at = null, decided_by = null, version = version + 1
					where id = ?""")
				.params(text, frozen, figures.missingMonths().size(), by, id).update();
			say(id, "ANSWER", answer, by);
		}
		else {
			return Refusal.ALREADY_SUBMITTED;
		}
		return Refusal.NONE;
	}

	@Transactional
	Refusal acknowledge(UUID reportId, UUID by) {
		return decide(reportId, Status.ACKNOWLEDGED, "ACKNOWLEDGED", null, by);
	}

	@Transactional
	Refusal question(UUID reportId, String question, UUID by) {
		return decide(reportId, Status.QUESTIONED, "QUESTION", question, by);
	}

	private Refusal decide(UUID reportId, Status status, String kind, @Nullable String text, UUID by) {
		int changed = jdbc.sql("""
				update coop_report set status = ?, decided_at = now(), decided_by = ?, version = version + 1
				where id = ? and status = 'SUBMITTED'""").params(status.name(), by, reportId).update();
		if (changed == 0) {
			return Refusal.NOT_WAITING;
		}
		say(reportId, kind, text, by);
		return Refusal.NONE;
	}

	private void say(UUID reportId, String kind, @Nullable String text, UUID by) {
		jdbc.sql("insert into coop_report_message (report_id, kind, text, by_person) values (?, ?, ?, ?)")
			.params(reportId, kind, text, by).update();
	}

	private Report report(ResultSet rs, int row) throws SQLException {
		return new Report(rs.getObject("id", UUID.class), rs.getObject("agreement_id", UUID.class),
				new ReportPeriod(rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class)),
				Status.valueOf(rs.getString("status")), rs.getString("text"),
				json.readValue(rs.getString("figures"), Figures.class), instant(rs, "submitted_at"),
				rs.getObject("decided_at") == null ? null : instant(rs, "decided_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
