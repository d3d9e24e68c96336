package org.werkstatt.catalog.show;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table {@code offer_showcase}: which offers an event's product show presents, in which order, by whom,
 * when and where. Only published offers are added; the public reads leave out offers no longer published.
 */
@Component
class ShowStore {

	private static final String COLUMNS = "s.event_id, s.offer_id, s.position, o.title, o.short_description, "
			+ "o.organisation_id, s.presenter, s.slot, s.stand, o.state = 'PUBLISHED' as published";

	private final JdbcClient jdbc;

	ShowStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole show, as the organiser keeps it. */
	List<ShowEntry> of(UUID eventId) {
		return jdbc.sql("select " + COLUMNS + " from offer_showcase s join offer o on o.id = s.offer_id "
				+ "where s.event_id = ? order by s.position, o.title")
			.param(eventId)
			.query(ShowStore::entry)
			.list();
	}

	/** The offers the public sees: published ones only. */
	List<ShowEntry> publicOf(UUID eventId) {
		return of(eventId).stream().filter(ShowEntry::published).toList();
	}

	/** Where the offer is presented: its place in every event's show (the caller checks which events to name). */
	List<ShowEntry> presentationsOf(UUID offerId) {
		return jdbc.sql("select " + COLUMNS + " from offer_showcase s join offer o on o.id = s.offer_id where s.offer_id = ?")
			.param(offerId)
			.query(ShowStore::entry)
			.list();
	}

	/**
	 * Adds a published offer at the end of the show; false (and nothing stored) when the offer is unknown, not
	 * published, or already in the show.
	 */
	@Transactional
	boolean add(UUID eventId, UUID offerId, @Nullable String presenter, @Nullable String slot, @Nullable String stand) {
		// one show is changed at a time, so two organisers adding at once get different positions
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(eventId.toString()).query().listOfRows();
		return jdbc.sql("""
				insert into offer_showcase (event_id, offer_id, position, presenter, slot, stand)
				select ?, o.id, coalesce((select max(position) from offer_showcase where event_id = ?), 0) + 1, ?, ?, ?
				from offer o where o.id = ? and o.state = 'PUBLISHED'
				on conflict (event_id, offer_id) do nothing""")
			.params(eventId, eventId, presenter, slot, stand, offerId)
			.update() == 1;
	}

	boolean update(UUID eventId, UUID offerId, @Nullable String presenter, @Nullable String slot, @Nullable String stand) {
		return jdbc.sql("update offer_showcase set presenter = ?, slot = ?, stand = ? where event_id = ? and offer_id = ?")
			.params(presenter, slot, stand, eventId, offerId)
			.update() == 1;
	}

	boolean remove(UUID eventId, UUID offerId) {
		return jdbc.sql("delete from offer_showcase where event_id = ? and offer_id = ?").params(eventId, offerId).update() == 1;
	}

	/** Swaps the offer with its neighbour before (-1) or after (+1); false when there is none. */
	@Transactional
	boolean move(UUID eventId, UUID offerId, int direction) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(eventId.toString()).query().listOfRows();
		List<UUID> order = jdbc.sql("select offer_id from offer_showcase where event_id = ? order by position, offer_id")
			.param(eventId)
			.query(UUID.class)
			.list();
		int index = order.indexOf(offerId);
		int other = index + Integer.signum(direction);
		if (index < 0 || other < 0 || other >= order.size()) {
			return false;
		}
		List<UUID> moved = new java.util.ArrayList<>(order);
		moved.set(index, order.get(other));
		moved.set(other, offerId);
		for (int i = 0; i < moved.size(); i++) {
			jdbc.sql("update offer_showcase set position = ? where event_id = ? and offer_id = ?")
				.params(i + 1, eventId, moved.get(i))
				.update();
		}
		return true;
	}

	/** How many visitors marked interest in each offer of the event's show. */
	Map<UUID, Integer> interestCounts(UUID eventId) {
		return jdbc.sql("select offer_id, count(*)::int as n from offer_interest where event_id = ? group by offer_id")
			.param(eventId)
			.query((rs, n) -> Map.entry(rs.getObject("offer_id", UUID.class), rs.getInt("n")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static ShowEntry entry(ResultSet rs, int row) throws SQLException {
		return new ShowEntry(rs.getObject("event_id", UUID.class), rs.getObject("offer_id", UUID.class),
				rs.getInt("position"), rs.getString("title"), rs.getString("short_description"),
				rs.getObject("organisation_id", UUID.class), rs.getString("presenter"), rs.getString("slot"),
				rs.getString("stand"), rs.getBoolean("published"));
	}
}
