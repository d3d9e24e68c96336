package org.werkstatt.cooperation.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.werkstatt.platform.web.SiteTime;

/**
 * Deletes a participation once the agreement's retention period has passed since it ended, or since the agreement
 * ended: the participant's row and with it (on delete cascade) everything that hangs off it. Each deletion is an
 * access-log entry (WRITE, purpose "retention", by the system, for the jobcenter) in the same transaction, so a
 * participation is deleted if and only if that is logged; the entry holds the participant's id only. Runs every
 * night on one node (ShedLock). Logs only how many. The provider's shorter visibility window after the end is the
 * access rule's (coop-core), not this job's.
 */
@Component
class Retention {

	static final String ROUTE = "scheduled:cooperation-retention";
	static final String PURPOSE = "retention";
	private static final Logger log = LoggerFactory.getLogger(Retention.class);
	private static final int BATCH = 500;

	/** Participations past their retention period on {@code :today}. */
	private static final String DUE = """
			from coop_participant p join agreement a on a.id = p.agreement_id
			 where ((p.ended_at is not null and p.ended_at + a.retention_days < :today)
			    or coalesce(a.ended_at, a.valid_until) + a.retention_days < :today)""";

	private record Due(UUID participantId, UUID jobcenterId) {
	}

	private final JdbcClient jdbc;
	private final AccessLog accessLog;
	private final TransactionTemplate transactions;
	private final SiteTime siteTime;

	Retention(JdbcClient jdbc, AccessLog accessLog, TransactionTemplate transactions, SiteTime siteTime) {
		this.jdbc = jdbc;
		this.accessLog = accessLog;
		this.transactions = transactions;
		this.siteTime = siteTime;
	}

	@Scheduled(cron = "${werkstatt.cooperation.retention-cron:0 41 2 * * *}")
	@SchedulerLock(name = "cooperation-retention", lockAtMostFor = "PT1H")
	void nightly() {
		int deleted = run(Instant.now());
		if (deleted > 0) {
			log.info("Retention deleted {} participations", deleted);
		}
	}

	/** Deletes every participation due at {@code now}; how many. */
	int run(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, siteTime.zone());
		int deleted = 0;
		while (true) {
			List<Due> due = jdbc.sql("select p.id, a.jobcenter_id " + DUE + " order by p.id limit :limit")
				.param("today", today)
				.param("limit", BATCH)
				.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
				.list();
			int round = 0;
			for (Due participation : due) {
				if (Boolean.TRUE.equals(transactions.execute(status -> delete(participation, today)))) {
					round++;
				}
			}
			deleted += round;
			if (due.size() < BATCH || round == 0) {
				return deleted;
			}
		}
	}

	private boolean delete(Due participation, LocalDate today) {
		// still due (nothing changed it since it was listed), then gone with everything that hangs off it
		int rows = jdbc.sql("delete from coop_participant where id in (select p.id " + DUE + " and p.id = :id)")
			.param("today", today)
			.param("id", participation.participantId())
			.update();
		if (rows == 0) {
			return false;
		}
		accessLog.recordWithChange(new AccessEntry(null, participation.jobcenterId(), "SYSTEM", AccessKind.WRITE,
				List.of(participation.participantId()), ROUTE, PURPOSE, true, null));
		return true;
	}
}
