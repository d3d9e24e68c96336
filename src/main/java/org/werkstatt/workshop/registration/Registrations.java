package org.werkstatt.workshop.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations and the registration settings on the {@code event} table. */
@Repository
class Registrations {

	private static final String COLUMNS = """
			id, event_id, name, email, note, language, status, created_at, confirmed_at, cancelled_at
			""";

	private final JdbcClient jdbc;

	Registrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RegistrationSettings> settings(UUID eventId) {
		return jdbc.sql("select registration_open, capacity, registration_closes_at from event where id = ?")
			.param(eventId)
			.query(Registrations::settings)
			.optional();
	}

	/**
	 * The settings, with the event's row locked until the transaction ends: registrations, cancellations
	 * and moving up of one event happen one after the other, so that no place is given twice.
	 */
	RegistrationSettings lock(UUID eventId) {
		return jdbc.sql("select registration_open, capacity, registration_closes_at from event where id = ? for update")
			.param(eventId)
			.query(Registrations::settings)
			.single();
	}

	void saveSettings(UUID eventId, RegistrationSettings settings) {
		jdbc.sql("update event set registration_open = ?, capacity = ?, registration_closes_at = ?, updated_at = now() where id = ?")
			.params(settings.open(), settings.capacity(),
					settings.closesAt() == null ? null : Timestamp.from(settings.closesAt()), eventId)
			.update();
	}

	RegistrationCounts counts(UUID eventId) {
		return jdbc.sql("""
				select count(*) filter (where status = 'CONFIRMED') as confirmed,
				       count(*) filter (where status = 'WAITING') as waiting,
				       count(*) filter (where status = 'CANCELLED') as cancelled
				from registration where event_id = ?""")
			.param(eventId)
			.query((rs, n) -> new RegistrationCounts(rs.getInt("confirmed"), rs.getInt("waiting"), rs.getInt("cancelled")))
			.single();
	}

	boolean isRegistered(UUID eventId, String email) {
		return jdbc.sql("select count(*) from registration where event_id = ? and lower(email) = lower(?) and status <> 'CANCELLED'")
			.params(eventId, email)
			.query(Integer.class)
			.single() > 0;
	}

	UUID add(UUID eventId, RegistrationForm form, String language, RegistrationStatus status, byte[] tokenHash) {
		return jdbc.sql("""
				insert into registration (event_id, name, email, note, language, status, cancel_token_hash, confirmed_at)
				values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end) returning id""")
			.params(eventId, form.name().strip(), form.email().strip(), blankToNull(form.note()), language,
					status.name(), tokenHash, status == RegistrationStatus.CONFIRMED)
			.query(UUID.class)
			.single();
	}

	Optional<Registration> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from registration where id = ?").param(id).query(Registrations::registration).optional();
	}

	Optional<Registration> byTokenHash(byte[] hash) {
		return jdbc.sql("select " + COLUMNS + " from registration where cancel_token_hash = ?")
			.param(hash)
			.query(Registrations::registration)
			.optional();
	}

	void cancel(UUID id) {
		jdbc.sql("update registration set status = 'CANCELLED', cancelled_at = now() where id = ? and status <> 'CANCELLED'")
			.param(id)
			.update();
	}

	/** The first {@code count} on the waiting list, in the order they registered. */
	List<Registration> firstWaiting(UUID eventId, int count) {
		return jdbc.sql("select " + COLUMNS + """
				 from registration where event_id = ? and status = 'WAITING' order by created_at, id limit ?""")
			.params(eventId, count)
			.query(Registrations::registration)
			.list();
	}

	void confirm(UUID id) {
		jdbc.sql("update registration set status = 'CONFIRMED', confirmed_at = now() where id = ? and status = 'WAITING'")
			.param(id)
			.update();
	}

	/** All registrations of the event: confirmed, then waiting, then cancelled, each in order of arrival. */
	List<Registration> ofEvent(UUID eventId) {
		return jdbc.sql("select " + COLUMNS + """
				 from registration where event_id = ?
				order by case status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end, created_at, id""")
			.param(eventId)
			.query(Registrations::registration)
			.list();
	}

	/**
	 * Confirmed registrations to remind now: the event starts within the next 24 hours, and the place was
	 * confirmed more than 24 hours before the start (a newer confirmation is reminder enough).
	 */
	List<Registration> dueForReminder(Instant now) {
		return jdbc.sql("""
				select r.id, r.event_id, r.name, r.email, r.note, r.language, r.status, r.created_at, r.confirmed_at,
				       r.cancelled_at
				from registration r join event e on e.id = r.event_id
				where r.status = 'CONFIRMED' and r.reminded_at is null
				  and e.starts_at > cast(? as timestamptz) and e.starts_at <= cast(? as timestamptz) + interval '24 hours'
				  and r.confirmed_at < e.starts_at - interval '24 hours'
				order by r.event_id, r.created_at""")
			.params(Timestamp.from(now), Timestamp.from(now))
			.query(Registrations::registration)
			.list();
	}

	void markReminded(UUID id) {
		jdbc.sql("update registration set reminded_at = now() where id = ?").param(id).update();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static RegistrationSettings settings(ResultSet rs, int row) throws SQLException {
		Timestamp closes = rs.getTimestamp("registration_closes_at");
		return new RegistrationSettings(rs.getBoolean("registration_open"), rs.getObject("capacity", Integer.class),
				closes == null ? null : closes.toInstant());
	}

	private static Registration registration(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("name"), rs.getString("email"), rs.getString("note"), rs.getString("language"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				instant(rs, "confirmed_at"), instant(rs, "cancelled_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
