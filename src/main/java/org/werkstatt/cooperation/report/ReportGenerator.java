package org.werkstatt.cooperation.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates a period's figures from the recorded data in four aggregate queries, whatever the number of
 * participants: who took part in the period (started on or before its end, not ended before its start) with entries
 * by age group at entry and exits by reason and destination; who completed a module (the individual plan's
 * {@code coop_plan_module}); the attendance rate over submitted months only (days coded PRESENT, VOCATIONAL_SCHOOL,
 * INTERNSHIP or EXAM ÷ all recorded days except HOLIDAY); and the months of the period that are over but not
 * submitted for everyone who took part then.
 */
@Component
class ReportGenerator {

	private final JdbcClient jdbc;

	ReportGenerator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Figures generate(UUID agreementId, ReportPeriod period, LocalDate today) {
		Map<String, Integer> raw = new LinkedHashMap<>();
		for (String row : ReportLayout.rows()) {
			for (String column : ReportLayout.COLUMNS) {
				raw.put(ReportLayout.cell(row, column), 0);
			}
		}
		jdbc.sql("""
				select gender,
				  case when start_date >= :from then case when age < 18 then 'UNDER_18' when age < 30 then 'AGE_18_29'
				    when age < 55 then 'AGE_30_54' else 'AGE_55_PLUS' end end as age_group,
				  case when ended then case when status_reason in ('COMPLETED', 'DROPPED_OUT') then status_reason
				    else 'OTHER' end end as reason,
				  case when ended then coalesce(exit_destination, 'UNKNOWN') end as destination,
				  count(*) as n
				from (select gender, start_date, status_reason, exit_destination,
				        extract(year from age(start_date, date_of_birth))::int as age,
				        status = 'ENDED' and ended_at between :from and :to as ended
				      from coop_participant
				      where agreement_id = :agreement and status in ('PARTICIPATING', 'INTERRUPTED', 'ENDED')
				        and start_date is not null and start_date <= :to and (ended_at is null or ended_at >= :from)) p
				group by 1, 2, 3, 4""")
			.param("agreement", agreementId).param("from", period.from()).param("to", period.to())
			.query((rs, i) -> {
				String g = rs.getString("gender");
				int n = rs.getInt("n");
				add(raw, "participants", g, n);
				String age = rs.getString("age_group");
				if (age != null) {
					add(raw, "entries", g, n);
					add(raw, "age." + age, g, n);
				}
				String reason = rs.getString("reason");
				if (reason != null) {
					add(raw, "exits", g, n);
					add(raw, "exit." + reason, g, n);
					add(raw, "dest." + rs.getString("destination"), g, n);
				}
				return n;
			}).list();
		jdbc.sql("""
				select p.gender, count(distinct p.id) as n
				from coop_plan_module m join coop_participant p on p.id = m.participant_id
				where p.agreement_id = :agreement and m.completed_on between :from and :to
				group by p.gender""")
			.param("agreement", agreementId).param("from", period.from()).param("to", period.to())
			.query((rs, i) -> add(raw, "modules", rs.getString("gender"), rs.getInt("n"))).list();
		Map<String, Double> rates = new LinkedHashMap<>();
		long[] total = new long[2];
		jdbc.sql("""
				select p.gender, count(distinct d.participant_id) filter (where d.code <> 'HOLIDAY') as people,
				  count(*) filter (where d.code in ('PRESENT', 'VOCATIONAL_SCHOOL', 'INTERNSHIP', 'EXAM')) as attended,
				  count(*) filter (where d.code <> 'HOLIDAY') as counted
				from coop_attendance_day d
				join coop_participant p on p.id = d.participant_id
				join coop_attendance_month m on m.participant_id = d.participant_id
				  and m.month = date_trunc('month', d.day)::date and m.submitted_at is not null
				where p.agreement_id = :agreement and d.day between :from and :to
				group by p.gender""")
			.param("agreement", agreementId).param("from", period.from()).param("to", period.to())
			.query((rs, i) -> {
				String g = rs.getString("gender");
				long attended = rs.getLong("attended");
				long counted = rs.getLong("counted");
				add(raw, "attendance", g, rs.getInt("people"));
				if (counted > 0) {
					rates.put(g, (double) attended / counted);
				}
				total[0] += attended;
				total[1] += counted;
				return g;
			}).list();
		if (total[1] > 0) {
			rates.put(ReportLayout.TOTAL, (double) total[0] / total[1]);
		}
		List<String> missing = jdbc.sql("""
				select to_char(g.m, 'YYYY-MM') as month
				from generate_series(cast(:from as date), cast(:to as date), interval '1 month') as g(m)
				where g.m + interval '1 month' <= cast(:today as date)
				  and exists (select 1 from coop_participant p
				    where p.agreement_id = :agreement and p.status in ('PARTICIPATING', 'INTERRUPTED', 'ENDED')
				      and p.start_date is not null and p.start_date < g.m + interval '1 month'
				      and (p.ended_at is null or p.ended_at >= g.m)
				      and not exists (select 1 from coop_attendance_month am where am.participant_id = p.id
				        and am.month = g.m::date and am.submitted_at is not null))
				order by g.m""")
			.param("agreement", agreementId).param("from", period.from()).param("to", period.to()).param("today", today)
			.query(String.class).list();
		return Figures.of(period.from(), period.to(), raw, rates, missing, Instant.now());
	}

	private static int add(Map<String, Integer> raw, String row, String gender, int n) {
		raw.merge(ReportLayout.cell(row, gender), n, Integer::sum);
		raw.merge(ReportLayout.cell(row, ReportLayout.TOTAL), n, Integer::sum);
		return n;
	}
}
