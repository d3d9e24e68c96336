package org.werkstatt.catalog.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.catalog.offer.Places;
import org.werkstatt.catalog.offer.PlacesRule;
import org.werkstatt.catalog.offer.Run;
import org.werkstatt.catalog.offer.RunStatus;

/**
 * A run as public pages show it: the core's {@link Run} with its status ({@link RunStatus#of}) and its places as
 * the public may read them ({@link Places}: a number only when confirmed within the site's limit).
 */
public record RunRows(Run run, RunStatus status, Places places) {

	/** Every column of {@code offer_run} of the table alias {@code run} as {@code r_…}, for a lateral join. */
	static final String COLUMNS = "run.id as r_id, run.offer_id as r_offer_id, run.external_id as r_external_id, run.street as r_street, run.postal_code as r_postal_code, run.city as r_city, run.region as r_region, run.room as r_room, run.meeting_point as r_meeting_point, run.online_url as r_online_url, run.start_date as r_start_date, run.end_date as r_end_date, run.rolling_entry as r_rolling_entry, run.schedule as r_schedule, run.registration_deadline as r_registration_deadline, run.min_participants as r_min_participants, run.max_participants as r_max_participants, run.places_available as r_places_available, run.places_confirmed_at as r_places_confirmed_at, run.enrolment_open as r_enrolment_open, run.waiting_weeks as r_waiting_weeks, run.cost as r_cost, run.guaranteed as r_guaranteed, run.cancelled_at as r_cancelled_at, run.cancel_reason as r_cancel_reason, run.created_at as r_created_at, run.modified_at as r_modified_at";

	static RunRows of(Run run, PlacesRule rule) {
		return new RunRows(run, rule.status(run), rule.places(run));
	}

	/** Where the run takes place: street, postal code and city, as far as given. */
	public String address() {
		String town = run.postalCode() == null ? run.city() : run.city() == null ? run.postalCode() : run.postalCode() + " " + run.city();
		return String.join(", ", java.util.stream.Stream.of(run.street(), town).filter(s -> s != null && !s.isBlank()).toList());
	}

	/** Every column of {@code offer_run}, read as the core's store reads it; {@code prefix} names the columns. */
	static Run run(ResultSet rs, String prefix) throws SQLException {
		return new Run(rs.getObject(prefix + "id", UUID.class), rs.getObject(prefix + "offer_id", UUID.class),
				rs.getString(prefix + "external_id"), rs.getString(prefix + "street"), rs.getString(prefix + "postal_code"),
				rs.getString(prefix + "city"), rs.getString(prefix + "region"), rs.getString(prefix + "room"),
				rs.getString(prefix + "meeting_point"), rs.getString(prefix + "online_url"),
				rs.getObject(prefix + "start_date", LocalDate.class), rs.getObject(prefix + "end_date", LocalDate.class),
				rs.getBoolean(prefix + "rolling_entry"), rs.getString(prefix + "schedule"),
				rs.getObject(prefix + "registration_deadline", LocalDate.class), integer(rs, prefix + "min_participants"),
				integer(rs, prefix + "max_participants"), integer(rs, prefix + "places_available"),
				instant(rs, prefix + "places_confirmed_at"), rs.getBoolean(prefix + "enrolment_open"),
				integer(rs, prefix + "waiting_weeks"), rs.getBigDecimal(prefix + "cost"), rs.getBoolean(prefix + "guaranteed"),
				instant(rs, prefix + "cancelled_at"), rs.getString(prefix + "cancel_reason"),
				rs.getTimestamp(prefix + "created_at").toInstant(), rs.getTimestamp(prefix + "modified_at").toInstant());
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
