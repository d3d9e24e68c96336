package org.werkstatt.cooperation.audit;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the access log. Each entry is written outside the caller's transaction, so a refused attempt
 * whose request then fails is logged all the same. The database numbers the entry, stamps its time and chains
 * it to the previous one (migration cooperation V2); nothing can change or delete it afterwards.
 * <p>
 * The entry is one statement committed on its own (autocommit): the chain's head row is locked from the insert
 * to the commit, which the server then does at once. In a transaction of its own the lock was also held for the
 * round trip to the application and back for the commit, and under load (two cores, a thread descheduled between
 * the two) the entries queued behind it (docs/performance.md, "Cooperation").
 */
@Service
public class AccessLog {

	private final JdbcTemplate jdbc;

	AccessLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void record(AccessEntry entry) {
		insert(entry);
	}

	/** Appends in the caller's transaction: the entry stands or falls with the change it records (retention). */
	@Transactional(propagation = Propagation.MANDATORY)
	void recordWithChange(AccessEntry entry) {
		insert(entry);
	}

	private void insert(AccessEntry entry) {
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("""
					insert into access_log (person_id, organisation_id, role, kind, participant_ids, route, purpose,
					 granted, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
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
			return insert;
		});
	}
}
