package org.werkstatt.catalog.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated runs of offers: the provider's operational data, changed directly (no approval). Every change
 * moves the offer's {@code modified_at} while the offer is published (open data's "modified after"). Stating
 * the free places in {@link #create} or {@link #update} confirms them; {@link #confirmPlaces} confirms them
 * unchanged.
 */
@Repository
public class RunStore {

	private static final String COLUMNS = """
			id, offer_id, external_id, street, postal_code, city, region, room, meeting_point, online_url, start_date,
			end_date, rolling_entry, schedule, registration_deadline, min_participants, max_participants, places_available,
			places_confirmed_at, enrolment_open, waiting_weeks, cost, guaranteed, cancelled_at, cancel_reason, created_at,
			modified_at""";

	private final JdbcClient jdbc;
	private final PlacesRule placesRule;

	RunStore(JdbcClient jdbc, PlacesRule placesRule) {
		this.jdbc = jdbc;
		this.placesRule = placesRule;
	}

	@Transactional
	public UUID create(UUID offerId, RunDetails d) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into offer_run (id, offer_id, external_id, street, postal_code, city, region, room, meeting_point,
				    online_url, start_date, end_date, rolling_entry, schedule, registration_deadline, min_participants,
				    max_participants, places_available, places_confirmed_at, enrolment_open, waiting_weeks, cost, guaranteed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ?::int is null then null else now() end,
				    ?, ?, ?, ?)""")
			.params(id, offerId, d.externalId(), d.street(), d.postalCode(), d.city(), d.region(), d.room(),
					d.meetingPoint(), d.onlineUrl(), d.startDate(), d.endDate(), d.rollingEntry(), d.schedule(),
					d.registrationDeadline(), d.minParticipants(), d.maxParticipants(), d.placesAvailable(),
					d.placesAvailable(), d.enrolmentOpen(), d.waitingWeeks(), d.cost(), d.guaranteed())
			.update();
		touch(offerId);
		return id;
	}

	/** Writes the run's details; stating places confirms them. */
	@Transactional
	public void update(UUID runId, RunDetails d) {
		Run run = lock(runId);
		jdbc.sql("""
				update offer_run set external_id = ?, street = ?, postal_code = ?, city = ?, region = ?, room = ?,
				    meeting_point = ?, online_url = ?, start_date = ?, end_date = ?, rolling_entry = ?, schedule = ?,
				    registration_deadline = ?, min_participants = ?, max_participants = ?, places_available = ?,
				    places_confirmed_at = case when ?::int is null then null else now() end, enrolment_open = ?,
				    waiting_weeks = ?, cost = ?, guaranteed = ?, modified_at = now()
				 where id = ?""")
			.params(d.externalId(), d.street(), d.postalCode(), d.city(), d.region(), d.room(), d.meetingPoint(),
					d.onlineUrl(), d.startDate(), d.endDate(), d.rollingEntry(), d.schedule(), d.registrationDeadline(),
					d.minParticipants(), d.maxParticipants(), d.placesAvailable(), d.placesAvailable(), d.enrolmentOpen(),
					d.waitingWeeks(), d.cost(), d.guaranteed(), runId)
			.update();
		touch(run.offerId());
	}

	/** Cancels the run with the reason participants read. */
	@Transactional
	public void cancel(UUID runId, String reason) {
		Run run = lock(runId);
		if (run.cancelled()) {
			throw new OfferStateException("catalog.run.error.cancelled");
		}
		jdbc.sql("update offer_run set cancelled_at = now(), cancel_reason = ?, modified_at = now() where id = ?")
			.params(reason.strip(), runId)
			.update();
		touch(run.offerId());
	}

	/** Takes a cancellation back. */
	@Transactional
	public void reopen(UUID runId) {
		Run run = lock(runId);
		if (!run.cancelled()) {
			throw new OfferStateException("catalog.run.error.notCancelled");
		}
		jdbc.sql("update offer_run set cancelled_at = null, cancel_reason = null, modified_at = now() where id = ?")
			.param(runId)
			.update();
		touch(run.offerId());
	}

	/** The provider confirms the free places as they are (the one-click "still correct"), at this time. */
	@Transactional
	public void confirmPlaces(UUID runId, Instant at) {
		Run run = lock(runId);
		if (run.placesAvailable() == null) {
			throw new OfferStateException("catalog.run.error.noPlaces");
		}
		jdbc.sql("update offer_run set places_confirmed_at = ?, modified_at = now() where id = ?")
			.params(Timestamp.from(at), runId)
			.update();
		touch(run.offerId());
	}

	/** Deletes a run that never started (a mistake); one that started is cancelled instead. */
	@Transactional
	public void delete(UUID runId) {
		Run run = lock(runId);
		if (run.started(placesRule.today())) {
			throw new OfferStateException("catalog.run.error.started");
		}
		jdbc.sql("delete from offer_run where id = ?").param(runId).update();
		touch(run.offerId());
	}

	public Optional<Run> find(UUID runId) {
		return jdbc.sql("select " + COLUMNS + " from offer_run where id = ?").param(runId).query(RunStore::run).optional();
	}

	/** The offer's runs by start (rolling ones without a start first). */
	public List<Run> runsOf(UUID offerId) {
		return jdbc.sql("select " + COLUMNS + " from offer_run where offer_id = ? order by start_date nulls first, created_at, id")
			.param(offerId)
			.query(RunStore::run)
			.list();
	}

	/** The runs of the organisation's offers whose places need confirming, by start. */
	public List<Run> needingConfirmation(UUID organisationId) {
		List<Object> params = new java.util.ArrayList<>(placesRule.sqlParameters());
		params.add(organisationId);
		return jdbc.sql("select " + COLUMNS + " from offer_run r where "
				+ PlacesRule.NEEDS_CONFIRMATION_SQL + """
				 and r.offer_id in (select id from offer where organisation_id = ? and state <> 'ARCHIVED')
				 order by r.start_date nulls first, r.id""")
			.params(params)
			.query(RunStore::run)
			.list();
	}

	private Run lock(UUID runId) {
		return jdbc.sql("select " + COLUMNS + " from offer_run where id = ? for update")
			.param(runId)
			.query(RunStore::run)
			.optional()
			.orElseThrow(() -> new OfferStateException("catalog.run.error.notFound"));
	}

	/** A change of a run is a change the public sees while the offer is published. */
	private void touch(UUID offerId) {
		jdbc.sql("update offer set modified_at = now() where id = ? and state = 'PUBLISHED'").param(offerId).update();
	}

	static Run run(ResultSet rs, int n) throws SQLException {
		return new Run(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class), rs.getString("external_id"),
				rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("region"),
				rs.getString("room"), rs.getString("meeting_point"), rs.getString("online_url"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getBoolean("rolling_entry"), rs.getString("schedule"),
				rs.getObject("registration_deadline", LocalDate.class), integer(rs, "min_participants"),
				integer(rs, "max_participants"), integer(rs, "places_available"), instant(rs, "places_confirmed_at"),
				rs.getBoolean("enrolment_open"), integer(rs, "waiting_weeks"), rs.getBigDecimal("cost"),
				rs.getBoolean("guaranteed"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("modified_at").toInstant());
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
