package org.werkstatt.cooperation.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the access log. Each entry is written outside the caller's transaction, so a refused attempt
 * whose request then fails is logged all the same, and the caller goes on only once it is committed: what a page
 * shows has been logged. The database numbers the entry, stamps its time and chains it to the previous one
 * (migration cooperation V2); nothing can change or delete it afterwards.
 * <p>
 * The entries of this node are written in batches by {@link AccessLogWriter} (one transaction and one flush to
 * disk for all entries that came while the previous batch committed). Every entry locks the chain's head row
 * until its commit, and with a transaction per entry the requests of a busy node queued for that lock and for the
 * flush it was held through (docs/performance.md, "Cooperation").
 */
@Service
public class AccessLog {

	static final String INSERT = """
			insert into access_log (person_id, organisation_id, role, kind, participant_ids, route, purpose, granted,
			 reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;
	private final AccessLogWriter writer;

	AccessLog(JdbcTemplate jdbc, AccessLogWriter writer) {
		this.jdbc = jdbc;
		this.writer = writer;
	}

	/** Appends the entry and returns once it is committed. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void record(AccessEntry entry) {
		if (writer.write(entry).isEmpty()) {
			insert(entry);
		}
	}

	/** Appends in the caller's transaction: the entry stands or falls with the change it records (retention). */
	@Transactional(propagation = Propagation.MANDATORY)
	void recordWithChange(AccessEntry entry) {
		insert(entry);
	}

	private void insert(AccessEntry entry) {
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(INSERT);
			bind(insert, connection, entry);
			return insert;
		});
	}

	/** Sets the parameters of {@link #INSERT} to the entry. */
	static void bind(PreparedStatement insert, Connection connection, AccessEntry entry) throws SQLException {
		Array ids = connection.createArrayOf("uuid", entry.participantIds().toArray(UUID[]::new));
		insert.setObject(1, entry.personId());
		insert.setObject(2, entry.organisationId());
		insert.setString(3, entry.role());
		insert.setString(4, entry.kind().name());
		insert.setArray(5, ids);
		insert.setString(6, entry.route());
		insert.setString(7, entry.purpose());
		insert.setBoolean(8, entry.granted());
		insert.setString(9, entry.reason());
	}
}
