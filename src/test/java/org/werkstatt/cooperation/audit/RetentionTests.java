package org.werkstatt.cooperation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;

/**
 * Retention with a moved clock: a participation is kept up to its retention period after it ended and deleted
 * after it, with everything that hangs off it; the deletion is in the access log with the id only.
 */
class RetentionTests extends FullStackTest {

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessLogChain chain;

	@Test
	void anEndedParticipationIsKeptForItsPeriodAndDeletedAfter() {
		CoopFixture fixture = new CoopFixture(jdbc);
		LocalDate ended = LocalDate.of(2026, 3, 31);
		UUID agreement = fixture.agreement("jobcenter-hafenstadt", "bildungswerk-kai", LocalDate.of(2026, 1, 1),
				LocalDate.of(2099, 12, 31), "ACTIVE", null, 100);
		UUID gone = fixture.participant(agreement, "Erika", "ENDED", ended);
		UUID running = fixture.participant(agreement, "Rita", "PARTICIPATING", null);

		// the 100th day after the end: still kept
		retention.run(at(ended.plusDays(100)));
		assertThat(fixture.exists(gone)).isTrue();

		// the 101st day: deleted, with its status rows and consent; the running participation stays
		assertThat(retention.run(at(ended.plusDays(101)))).isGreaterThanOrEqualTo(1);
		assertThat(fixture.exists(gone)).isFalse();
		assertThat(fixture.exists(running)).isTrue();
		assertThat(jdbc.sql("select count(*) from consent where participant_id = ?").param(gone).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from coop_participant_status where participant_id = ?").param(gone)
			.query(Long.class).single()).isZero();

		Map<String, Object> entry = jdbc.sql("""
				select l.kind, l.purpose, l.person_id, l.organisation_id, l.route, l.participant_ids::text as ids
				  from access_log_participant ap join access_log l on l.id = ap.entry_id where ap.participant_id = ?""")
			.param(gone)
			.query()
			.singleRow();
		assertThat(entry).containsEntry("kind", "WRITE").containsEntry("purpose", "retention")
			.containsEntry("organisation_id", fixture.organisation("jobcenter-hafenstadt"))
			.containsEntry("ids", "{" + gone + "}");
		assertThat(entry.get("person_id")).isNull();
		// nothing of the deleted content in the entry
		String whole = jdbc.sql("select l::text from access_log_participant ap join access_log l on l.id = ap.entry_id"
				+ " where ap.participant_id = ?").param(gone).query(String.class).single();
		assertThat(whole).doesNotContain("Erika").doesNotContain("Testperson").doesNotContain("1990");

		// a second run deletes nothing more of it and logs nothing more
		retention.run(at(ended.plusDays(101)));
		assertThat(jdbc.sql("select count(*) from access_log_participant where participant_id = ?").param(gone)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(chain.verify().whole()).isTrue();
	}

	@Test
	void anEndedAgreementTakesItsParticipantsAfterItsPeriod() {
		CoopFixture fixture = new CoopFixture(jdbc);
		LocalDate ended = LocalDate.of(2026, 6, 30);
		UUID agreement = fixture.agreement("jobcenter-hafenstadt", "bildungswerk-kai", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), "ENDED", ended, 30);
		UUID participant = fixture.participant(agreement, "Maren", "PARTICIPATING", null);
		retention.run(at(ended.plusDays(30)));
		assertThat(fixture.exists(participant)).isTrue();
		retention.run(at(ended.plusDays(31)));
		assertThat(fixture.exists(participant)).isFalse();
	}

	private static Instant at(LocalDate day) {
		return day.atTime(12, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
	}
}
