package org.werkstatt.cooperation.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.database.BatchWriter;

/**
 * Writes this node's access-log entries in batches (a group commit, {@link BatchWriter}): many entries, one
 * transaction, one flush to disk, and each request goes on only once its entry is committed, so what a page shows
 * has been logged.
 * <p>
 * An entry holds the chain's head row from its insert to its commit. With a transaction per entry, the requests of
 * a busy node queued for that lock, and the holder kept it through the flush and through every wait for a
 * processor (on two cores about half of the list page's database time went to waiting for it). The writer takes
 * the lock once per batch and never waits for it.
 * <p>
 * When the writer does not take an entry (not running, or its queue, {@code werkstatt.access-log.queue}, by default
 * {@value #QUEUE}, is full), {@link AccessLog} inserts it itself: an entry is never dropped or refused. A caller
 * whose entry could not be written fails: the log may name an access that was not served, never the other way
 * round.
 */
@Component
class AccessLogWriter extends BatchWriter<AccessEntry, AccessEntry> {

	static final int BATCH = 200;
	static final int QUEUE = 1000;

	AccessLogWriter(DataSource dataSource, @Value("${werkstatt.access-log.queue:" + QUEUE + "}") int capacity) {
		super("access-log entries", dataSource, capacity, BATCH);
	}

	@Override
	protected List<AccessEntry> writeAll(Connection db, List<AccessEntry> entries) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement(AccessLog.INSERT)) {
			for (AccessEntry entry : entries) {
				AccessLog.bind(insert, db, entry);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		return entries;
	}
}
