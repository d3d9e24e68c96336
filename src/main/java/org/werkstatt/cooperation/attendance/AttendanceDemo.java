package org.werkstatt.cooperation.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
 * The demo's attendance: for every participation of "MY TURN" that had begun, the working days of the current month
 * and the five before it (from the start, until the end or today), mostly present, with vocational school on
 * Wednesdays for a few, an internship week, holidays, sickness, a child's sickness, an exam and the odd absence;
 * an interruption for parental leave or sickness coded as such. Every month before the current one is submitted
 * by the coordinator. Loaded after the cooperation demo ({@code @Order(70)}).
 */
@Component
class AttendanceDemo {

	static final int MONTHS = 6;

	private final JdbcClient jdbc;
	private final StaffDirectory directory;
	private final SiteTime siteTime;

	AttendanceDemo(JdbcClient jdbc, StaffDirectory directory, SiteTime siteTime) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.siteTime = siteTime;
	}

	private record Participation(UUID id, LocalDate start, @Nullable LocalDate end, String status, @Nullable String reason,
			LocalDate since) {
	}

	@EventListener
	@Order(72)
	void on(DemoLoaded demo) {
		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%' order by created_at limit 1")
			.query(UUID.class).optional().orElse(null);
		UUID coordinator = directory.byEmail("traeger@bildungswerk-kai.example").orElse(null);
		if (agreement == null || coordinator == null) {
			return;
		}
		LocalDate today = LocalDate.now(siteTime.zone());
		YearMonth current = YearMonth.from(today);
		LocalDate first = current.minusMonths(MONTHS - 1L).atDay(1);
		List<Participation> participations = jdbc.sql("""
				select id, start_date, ended_at, status, status_reason, status_since from coop_participant
				 where agreement_id = ? and start_date is not null order by last_name, first_name""")
			.param(agreement)
			.query((rs, n) -> new Participation(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
			.list();
		List<String> ids = new ArrayList<>();
		List<String> days = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<String> monthIds = new ArrayList<>();
		List<String> months = new ArrayList<>();
		int i = 0;
		for (Participation p : participations) {
			i++;
			LocalDate from = p.start().isAfter(first) ? p.start() : first;
			LocalDate until = p.end() != null && p.end().isBefore(today) ? p.end() : today;
			for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
				if (AttendanceMonth.weekend(day)) {
					continue;
				}
				ids.add(p.id().toString());
				days.add(day.toString());
				codes.add(code(p, i, day).name());
			}
			for (YearMonth m = YearMonth.from(from); m.isBefore(current) && !m.isAfter(YearMonth.from(until)); m = m.plusMonths(1)) {
				monthIds.add(p.id().toString());
				months.add(m.atDay(1).toString());
			}
		}
		jdbc.sql("""
				insert into coop_attendance_day (participant_id, day, code, recorded_by, recorded_at)
				select x.id::uuid, x.day::date, x.code, ?, x.day::date + time '17:00'
				  from unnest(?::text[], ?::text[], ?::text[]) as x(id, day, code)""")
			.params(coordinator, ids.toArray(String[]::new), days.toArray(String[]::new), codes.toArray(String[]::new))
			.update();
		jdbc.sql("""
				insert into coop_attendance_month (participant_id, month, submitted_at, submitted_by)
				select x.id::uuid, x.month::date, x.month::date + interval '1 month 4 days 10 hours', ?
				  from unnest(?::text[], ?::text[]) as x(id, month)""")
			.params(coordinator, monthIds.toArray(String[]::new), months.toArray(String[]::new))
			.update();
	}

	/** A plausible, fixed code for the participant's day. */
	private static AttendanceCode code(Participation p, int index, LocalDate day) {
		if ("INTERRUPTED".equals(p.status()) && !day.isBefore(p.since())) {
			return "PARENTAL_LEAVE".equals(p.reason()) ? AttendanceCode.PARENTAL_LEAVE
					: "SICKNESS".equals(p.reason()) ? AttendanceCode.SICK : AttendanceCode.EXCUSED;
		}
		int n = Math.floorMod(index * 7919 + day.getDayOfYear() * 31 + day.getYear(), 100);
		if (index % 4 == 0 && day.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY) {
			return AttendanceCode.VOCATIONAL_SCHOOL;
		}
		if (index % 5 == 1 && day.getMonthValue() % 3 == 0 && day.getDayOfMonth() >= 8 && day.getDayOfMonth() <= 14) {
			return AttendanceCode.INTERNSHIP;
		}
		if (index % 6 == 2 && day.getMonthValue() % 4 == 1 && day.getDayOfMonth() >= 15 && day.getDayOfMonth() <= 19) {
			return AttendanceCode.HOLIDAY;
		}
		if (n < 4) {
			return AttendanceCode.SICK;
		}
		if (n == 4 && index % 2 == 0) {
			return AttendanceCode.CHILD_SICK;
		}
		if (n == 5) {
			return AttendanceCode.EXCUSED;
		}
		if (n == 6 && index % 3 == 0) {
			return AttendanceCode.UNEXCUSED;
		}
		if (n == 7 && index % 7 == 3) {
			return AttendanceCode.EXAM;
		}
		return AttendanceCode.PRESENT;
	}
}
