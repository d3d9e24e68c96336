package org.werkstatt.workshop.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.platform.web.SiteAddress;
import org.werkstatt.workshop.Mails;

/**
 * The transactional outbox: a mail is written here in the same transaction as the change that causes
 * it, so that it is sent exactly when that change is stored. {@link OutboxSender} sends what waits;
 * without a mail server it waits for the organiser on the outbox page. The body (it may hold a cancel
 * link) is dropped once the mail has gone out.
 */
@Repository
public class Outbox implements Mails {

	/** The longest wait between two attempts to send one message; the waits double up to it from a minute. */
	static final int MAX_RETRY_MINUTES = 360;

	private static final String COLUMNS = """
			id, organisation_id, event_id, kind, recipient, subject, body, created_at, sent_at, attempts
			""";

	private final JdbcClient jdbc;
	private final SiteAddress site;

	Outbox(JdbcClient jdbc, SiteAddress site) {
		this.jdbc = jdbc;
		this.site = site;
	}

	@Override
	public void queue(UUID organisationId, @Nullable UUID eventId, String kind, String recipient, String subject,
			String body) {
		add(organisationId, eventId, kind, recipient, subject, body);
	}

	@Override
	public String siteAddress() {
		return site.base();
	}

	/** Queues a plain-text mail for the organisation whose outbox page shows it until it is sent. */
	public void add(UUID organisationId, @Nullable UUID eventId, String kind, String recipient, String subject,
			String body) {
		jdbc.sql("""
				insert into outbox_message (organisation_id, event_id, kind, recipient, subject, body)
				values (?, ?, ?, ?, ?, ?)""")
			.params(organisationId, eventId, kind, recipient, subject, body)
			.update();
	}

	/** The messages about the organisation's own and co-organised events that have not gone out, oldest first. */
	public List<OutboxMessage> unsentOf(UUID organisationId) {
		return jdbc.sql("select " + COLUMNS + """
				 from outbox_message where sent_at is null and (organisation_id = ?
				    or event_id in (select event_id from event_co_organiser where organisation_id = ?))
				order by created_at, id""")
			.params(organisationId, organisationId)
			.query(Outbox::message)
			.list();
	}

	List<OutboxMessage> pending(int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from outbox_message where sent_at is null and (next_attempt_at is null or next_attempt_at <= now())
				 order by created_at, id limit ?""")
			.param(limit)
			.query(Outbox::message)
			.list();
	}

	void markSent(UUID id) {
		jdbc.sql("update outbox_message set sent_at = now(), body = null, last_error = null where id = ?").param(id).update();
	}

	/**
	 * Records a failed attempt and when to try again (1, 2, 4 … minutes, at most {@link #MAX_RETRY_MINUTES});
	 * the reason is the exception's type only (messages may name the recipient).
	 */
	void markFailed(UUID id, String reason) {
		jdbc.sql("""
				update outbox_message set attempts = attempts + 1, last_error = ?,
				       next_attempt_at = now() + make_interval(mins => least(power(2, least(attempts, 30)), ?)::int)
				where id = ?""")
			.params(reason.length() > 300 ? reason.substring(0, 300) : reason, MAX_RETRY_MINUTES, id)
			.update();
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new OutboxMessage(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("event_id", UUID.class), rs.getString("kind"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant(), rs.getInt("attempts"));
	}
}
