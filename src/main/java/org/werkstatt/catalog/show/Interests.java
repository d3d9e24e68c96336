package org.werkstatt.catalog.show;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table {@code offer_interest}: visitors' "I am interested" marks on the offers of an event's show. One row
 * per browser, offer and event (the visitor's cookie, hashed), so a second mark counts nothing; a contact is
 * kept only with consent, and only until {@code contact_until}.
 */
@Component
class Interests {

	/** What became of a mark. */
	enum Marked {
		/** counted for the first time */
		COUNTED,
		/** this browser had marked it before: nothing counted again */
		ALREADY,
		/** marked before, now with a contact */
		CONTACT_ADDED
	}

	/** One interest as the provider sees it; name and contact only where the visitor consented. */
	record Interest(UUID id, UUID offerId, String offerTitle, UUID eventId, Instant createdAt, @Nullable String name,
			@Nullable String contact, String language, boolean isNew) {
	}

	private final JdbcClient jdbc;

	Interests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks interest; {@code contact} and {@code name} must be null unless the visitor consented. The offer
	 * must be in the event's show (the caller checks).
	 */
	@Transactional
	Marked mark(UUID eventId, UUID offerId, String visitorHash, @Nullable String name, @Nullable String contact,
			String language, Instant contactUntil) {
		boolean withContact = contact != null;
		int inserted = jdbc.sql("""
				insert into offer_interest (offer_id, event_id, visitor_hash, name, contact, consent_at, contact_until, language)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (event_id, offer_id, visitor_hash) do nothing""")
			.params(offerId, eventId, visitorHash, withContact ? name : null, contact,
					withContact ? Timestamp.from(Instant.now()) : null, Timestamp.from(contactUntil), language)
			.update();
		if (inserted == 1) {
			return Marked.COUNTED;
		}
		if (!withContact) {
			return Marked.ALREADY;
		}
		jdbc.sql("""
				update offer_interest set name = ?, contact = ?, consent_at = now(), language = ?, seen_at = null
				where event_id = ? and offer_id = ? and visitor_hash = ?""")
			.params(name, contact, language, eventId, offerId, visitorHash)
			.update();
		return Marked.CONTACT_ADDED;
	}

	/** How many browsers marked the offer at this event within the last minute. */
	int recentMarks(UUID eventId, UUID offerId) {
		return jdbc.sql("""
				select count(*) from offer_interest
				 where event_id = ? and offer_id = ? and created_at > now() - interval '1 minute'""")
			.params(eventId, offerId)
			.query(Integer.class)
			.single();
	}

	/** Whether this browser marked the offer at this event. */
	boolean marked(UUID eventId, UUID offerId, String visitorHash) {
		return jdbc.sql("select count(*) from offer_interest where event_id = ? and offer_id = ? and visitor_hash = ?")
			.params(eventId, offerId, visitorHash)
			.query(Integer.class)
			.single() > 0;
	}

	/** Every interest in the organisation's offers, newest first (at most {@code limit}). */
	List<Interest> ofOrganisation(UUID organisationId, int limit) {
		return jdbc.sql("""
				select i.id, i.offer_id, o.title, i.event_id, i.created_at, i.name, i.contact, i.language, i.seen_at is null as is_new
				from offer_interest i join offer o on o.id = i.offer_id
				where o.organisation_id = ?
				order by o.title, i.created_at desc limit ?""")
			.params(organisationId, limit)
			.query(Interests::interest)
			.list();
	}

	/** How many interests in the organisation's offers its staff have not seen yet. */
	long unseen(UUID organisationId) {
		return jdbc.sql("select count(*) from offer_interest i join offer o on o.id = i.offer_id "
				+ "where o.organisation_id = ? and i.seen_at is null")
			.param(organisationId)
			.query(Long.class)
			.single();
	}

	void markSeen(UUID organisationId) {
		jdbc.sql("update offer_interest i set seen_at = now() from offer o "
				+ "where o.id = i.offer_id and o.organisation_id = ? and i.seen_at is null")
			.param(organisationId)
			.update();
	}

	/** Erases name and contact whose time is up; the anonymous count stays. Returns how many. */
	int eraseContacts(Instant now) {
		return jdbc.sql("update offer_interest set name = null, contact = null, consent_at = null "
				+ "where contact_until <= ? and (name is not null or contact is not null)")
			.param(Timestamp.from(now))
			.update();
	}

	private static Interest interest(ResultSet rs, int row) throws SQLException {
		return new Interest(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class), rs.getString("title"),
				rs.getObject("event_id", UUID.class), rs.getTimestamp("created_at").toInstant(), rs.getString("name"),
				rs.getString("contact"), rs.getString("language"), rs.getBoolean("is_new"));
	}
}
