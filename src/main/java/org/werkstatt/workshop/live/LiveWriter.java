package org.werkstatt.workshop.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.database.BatchWriter;

/**
 * Puts and takes back the participants' dots of this node in batches (a group commit, {@link BatchWriter}): whatever
 * dots wait are applied in the order they came with one call of {@code live_dots} (migration V7, DotRules' rules)
 * and one commit, and only then answered. A dot used to be a transaction of its own, and every one of them queued
 * for the event's session row and PostgreSQL's notification lock held through the WAL flush; now a batch pays that
 * once.
 *
 * <p>Counts stay exact: an answer says what is committed, a batch the database refuses is applied again dot by
 * dot, and a commit without an answer is not applied again (its dots fail). When the queue is full a dot is refused
 * at once ({@link #BUSY}, HTTP 503 with "try again") instead of waiting. A waiting dot holds a request thread, so the
 * queue ({@code werkstatt.live.write.queue}, by default {@value #QUEUE}) is kept below the server's 200 threads: a writer
 * that falls behind never takes every thread from the posts and pages.
 */
@Component
class LiveWriter extends BatchWriter<LiveWriter.Dot, LiveWriter.Applied> {

	static final int BATCH = 500;
	static final int QUEUE = 150;
	/** The message key of a dot refused because the queue is full. */
	static final String BUSY = "live.write.busy";
	private static final String CALL = "select item, refusal, used, on_idea from live_dots(?, ?, ?, ?) order by item";

	/** What became of one dot: refused (why), or applied; the participant's dots after it, -1 when unknown. */
	record Applied(DotRules.@Nullable Refusal refusal, int used, int onIdea) {

		boolean known() {
			return used >= 0;
		}
	}

	/** A dot put (delta 1) or taken back (delta -1). */
	record Dot(UUID event, UUID participant, UUID idea, int delta) {
	}

	private final LiveMetrics metrics;

	LiveWriter(DataSource dataSource, LiveMetrics metrics,
			@Value("${werkstatt.live.write.queue:" + QUEUE + "}") int capacity) {
		super("dots", dataSource, capacity, BATCH);
		this.metrics = metrics;
		metrics.writeQueue(this::queued);
	}

	/**
	 * Puts ({@code delta} 1) or takes back ({@code delta} -1) one dot and waits until it is committed; null when
	 * the writer does not take it (its queue is full).
	 */
	@Nullable
	Applied apply(UUID event, UUID participant, UUID idea, int delta) {
		Optional<Applied> applied = write(new Dot(event, participant, idea, delta));
		if (applied.isEmpty()) {
			metrics.writeRefused();
		}
		return applied.orElse(null);
	}

	@Override
	protected void batchWritten(int size, long nanos) {
		metrics.writeBatch(size, nanos);
	}

	/** One call of live_dots for the dots; what became of each, in their order. */
	@Override
	protected List<Applied> writeAll(Connection db, List<Dot> dots) throws SQLException {
		UUID[] events = new UUID[dots.size()];
		UUID[] participants = new UUID[dots.size()];
		UUID[] ideas = new UUID[dots.size()];
		Integer[] deltas = new Integer[dots.size()];
		for (int i = 0; i < dots.size(); i++) {
			Dot dot = dots.get(i);
			events[i] = dot.event();
			participants[i] = dot.participant();
			ideas[i] = dot.idea();
			deltas[i] = dot.delta();
		}
		List<Applied> applied = new ArrayList<>(dots.size());
		try (PreparedStatement call = db.prepareStatement(CALL)) {
			call.setArray(1, db.createArrayOf("uuid", events));
			call.setArray(2, db.createArrayOf("uuid", participants));
			call.setArray(3, db.createArrayOf("uuid", ideas));
			call.setArray(4, db.createArrayOf("int4", deltas));
			try (ResultSet rows = call.executeQuery()) {
				while (rows.next()) {
					String refusal = rows.getString("refusal");
					Integer used = rows.getObject("used", Integer.class);
					Integer onIdea = rows.getObject("on_idea", Integer.class);
					applied.add(new Applied(refusal == null ? null : DotRules.Refusal.valueOf(refusal),
							used == null ? -1 : used, onIdea == null ? -1 : onIdea));
				}
			}
		}
		return applied;
	}
}
