package org.werkstatt.cooperation.attendance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.participant.ProviderVisibility;

/**
 * The days and submitted months of attendance (migration cooperation V4). Writing locks the participant's row, so
 * that a submission and a save of the same participation cannot cross: a save after the submission changes
 * nothing. Only {@link #rate} is for other packages (the reports).
 */
@Component
public class AttendanceStore {

	/** Who submitted a month, and when. */
	record Submission(Instant at, @Nullable UUID by) {
	}

	/** A participant's month in the overview: the days recorded and the submission, if any. */
	record MonthState(int recordedDays, @Nullable Instant submittedAt) {
	}

	private final JdbcClient jdbc;

	AttendanceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The attendance rate of an agreement's participants over the days from {@code from} to {@code to} (both
	 * included), counting submitted months only.
	 */
	public AttendanceRate rate(UUID agreementId, LocalDate from, LocalDate to) {
		Map<AttendanceCode, Long> days = new EnumMap<>(AttendanceCode.class);
		jdbc.sql("""
				select d.code, count(*) from coop_attendance_day d
				  join coop_participant p on p.id = d.participant_id
				  join coop_attendance_month m on m.participant_id = d.participant_id
				   and m.month = date_trunc('month', d.day)::date and m.submitted_at is not null
				 where p.agreement_id = :a and d.day between :from and :to
				 group by d.code""")
			.param("a", agreementId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> days.put(AttendanceCode.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return AttendanceRate.of(days);
	}

	Map<LocalDate, AttendanceCode> days(UUID participantId, YearMonth month) {
		Map<LocalDate, AttendanceCode> days = new TreeMap<>();
		jdbc.sql("select day, code from coop_attendance_day where participant_id = ? and day between ? and ?")
			.params(participantId, month.atDay(1), month.atEndOfMonth())
			.query((rs, n) -> days.put(rs.getObject(1, LocalDate.class), AttendanceCode.valueOf(rs.getString(2))))
			.list();
		return days;
	}

	Optional<Submission> submission(UUID participantId, YearMonth month) {
		return jdbc.sql("""
				select submitted_at, submitted_by from coop_attendance_month
				 where participant_id = ? and month = ? and submitted_at is not null""")
			.params(participantId, month.atDay(1))
			.query((rs, n) -> new Submission(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class)))
			.optional();
	}

	/** The participant's submitted months. */
	Set<YearMonth> submittedMonths(UUID participantId) {
		return new TreeSet<>(jdbc.sql("""
				select month from coop_attendance_month where participant_id = ? and submitted_at is not null""")
			.param(participantId)
			.query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)))
			.list());
	}

	/** The month's state for each of the participants (those with nothing recorded and not submitted are missing). */
	Map<UUID, MonthState> states(Collection<UUID> participantIds, YearMonth month) {
		Map<UUID, MonthState> states = new HashMap<>();
		if (participantIds.isEmpty()) {
			return states;
		}
		jdbc.sql("""
				select p.id,
				       (select count(*) from coop_attendance_day d where d.participant_id = p.id
				         and d.day between :first and :last),
				       (select m.submitted_at from coop_attendance_month m where m.participant_id = p.id
				         and m.month = :first)
				  from coop_participant p where p.id = any(:ids)""")
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())
			.param("ids", participantIds.toArray(UUID[]::new))
			.query((rs, n) -> {
				Timestamp at = rs.getTimestamp(3);
				return states.put(rs.getObject(1, UUID.class), new MonthState(rs.getInt(2), at == null ? null : at.toInstant()));
			})
			.list();
		return states;
	}

	/** What became of a save. */
	enum Saved {
		SAVED, SUBMITTED_MEANWHILE, CHANGED_MEANWHILE
	}

	/**
	 * The month's state as the form saw it: the number of recorded days and the last change, so that a save from a
	 * stale form is noticed.
	 */
	String stamp(UUID participantId, YearMonth month) {
		return jdbc.sql("""
				select count(*) || '-' || coalesce(floor(extract(epoch from max(recorded_at)) * 1000000)::bigint, 0)
				  from coop_attendance_day where participant_id = ? and day between ? and ?""")
			.params(participantId, month.atDay(1), month.atEndOfMonth())
			.query(String.class)
			.single();
	}

	/**
	 * Replaces the month's days with these (a day missing from the map is not recorded), unless the month was
	 * submitted or changed (another stamp than the form's, when it sent one) meanwhile: then nothing changes.
	 */
	@Transactional
	Saved save(UUID participantId, YearMonth month, Map<LocalDate, AttendanceCode> days, @Nullable String stamp, UUID by) {
		if (!lockOpen(participantId, month)) {
			return Saved.SUBMITTED_MEANWHILE;
		}
		if (stamp != null && !stamp.equals(stamp(participantId, month))) {
			return Saved.CHANGED_MEANWHILE;
		}
		jdbc.sql("delete from coop_attendance_day where participant_id = ? and day between ? and ?")
			.params(participantId, month.atDay(1), month.atEndOfMonth())
			.update();
		days.forEach((day, code) -> jdbc.sql("""
				insert into coop_attendance_day (participant_id, day, code, recorded_by) values (?, ?, ?, ?)""")
			.params(participantId, day, code.name(), by)
			.update());
		return Saved.SAVED;
	}

	/** Codes these days PRESENT where nothing is recorded yet; the number coded, or -1 when the month was submitted. */
	@Transactional
	int fill(UUID participantId, YearMonth month, List<LocalDate> days, UUID by) {
		if (!lockOpen(participantId, month)) {
			return -1;
		}
		int filled = 0;
		for (LocalDate day : days) {
			filled += jdbc.sql("""
					insert into coop_attendance_day (participant_id, day, code, recorded_by) values (?, ?, 'PRESENT', ?)
					 on conflict (participant_id, day) do nothing""")
				.params(participantId, day, by)
				.update();
		}
		return filled;
	}

	/** Submits the month; false when it was submitted already. */
	@Transactional
	boolean submit(UUID participantId, YearMonth month, UUID by) {
		if (!lockOpen(participantId, month)) {
			return false;
		}
		jdbc.sql("""
				insert into coop_attendance_month (participant_id, month, submitted_at, submitted_by) values (?, ?, now(), ?)
				 on conflict (participant_id, month) do update set submitted_at = excluded.submitted_at,
				  submitted_by = excluded.submitted_by""")
			.params(participantId, month.atDay(1), by)
			.update();
		return true;
	}

	/**
	 * The months overdue today for the participations a person of the provider works on (a coordinator: all of the
	 * agreement's; a caseworker: those assigned), per agreement: every month from the one the participation began
	 * whose due date has passed, while the agreement is active, the provider still sees the participation and a
	 * consent covers attendance.
	 */
	Map<UUID, Long> overdue(UUID providerId, UUID personId, LocalDate today) {
		LocalDate lastDue = YearMonth.from(today).minusMonths(today.getDayOfMonth() > AttendanceMonth.DUE_DAY ? 1 : 2)
			.atDay(1);
		Map<UUID, Long> counts = new HashMap<>();
		jdbc.sql("""
				select p.agreement_id, count(*)
				  from coop_participant p
				  join agreement a on a.id = p.agreement_id and a.provider_id = :provider and a.status = 'ACTIVE'
				  cross join lateral generate_series(date_trunc('month', greatest(p.start_date, a.valid_from)),
				       least(:lastDue, date_trunc('month', coalesce(p.ended_at, :lastDue)), date_trunc('month', a.valid_until)),
				       interval '1 month') as m(month)
				 where p.start_date is not null
				   and """ + ProviderVisibility.mayRead(DataCategory.ATTENDANCE) + """
				   and not exists (select 1 from coop_attendance_month s where s.participant_id = p.id
				                     and s.month = m.month::date and s.submitted_at is not null)
				 group by p.agreement_id""")
			.param("provider", providerId)
			.param("person", personId)
			.param("lastDue", lastDue)
			.param("today", today)
			.query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		return counts;
	}

	/** Locks the participant's row; whether the month is not submitted. */
	private boolean lockOpen(UUID participantId, YearMonth month) {
		jdbc.sql("select id from coop_participant where id = ? for update").param(participantId).query(UUID.class).optional();
		return submission(participantId, month).isEmpty();
	}
}
