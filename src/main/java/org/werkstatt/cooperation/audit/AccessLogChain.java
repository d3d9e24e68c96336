package org.werkstatt.cooperation.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the access log's hash chain from its first entry to the head and reports the first entry that does not
 * fit: a changed entry (its hash no longer matches its content), a removed or reordered one (a gap in the ids,
 * or a previous hash that is not its predecessor's hash), or a cut-off end (the head names a later entry).
 * Recomputes the canonical text of migration cooperation V2 in Java, so a changed trigger function cannot hide
 * a change.
 */
@Component
public class AccessLogChain {

	static final int BATCH = 5_000;

	private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	/** The verdict: whole, or the id of the first broken entry and what is wrong with it. */
	public record Verification(boolean whole, long entries, @Nullable Long firstBrokenId, @Nullable Problem problem,
			Instant checkedAt) {
	}

	public enum Problem {
		/** The entry's content does not give its hash. */
		CONTENT_CHANGED,
		/** The entry's previous hash is not the hash of the entry before it. */
		LINK_BROKEN,
		/** Ids are not consecutive: entries are missing. */
		ENTRY_MISSING,
		/** The head names a later entry than the last one found. */
		END_MISSING
	}

	private final JdbcClient jdbc;

	AccessLogChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Verification verify() {
		long expectedId = 1;
		byte @Nullable [] previous = null;
		long count = 0;
		while (true) {
			List<Row> rows = jdbc.sql("""
					select id, at, person_id, organisation_id, role, kind, participant_ids, route, purpose, granted,
					 reason, previous_hash, hash from access_log where id >= ? order by id limit ?""")
				.params(expectedId, BATCH)
				.query(AccessLogChain::row)
				.list();
			for (Row row : rows) {
				if (row.id != expectedId) {
					return broken(count, expectedId, Problem.ENTRY_MISSING);
				}
				if (!Arrays.equals(row.previousHash, previous)) {
					return broken(count, row.id, Problem.LINK_BROKEN);
				}
				if (!Arrays.equals(row.hash, sha256(canonical(row)))) {
					return broken(count, row.id, Problem.CONTENT_CHANGED);
				}
				previous = row.hash;
				expectedId++;
				count++;
			}
			if (rows.size() < BATCH) {
				break;
			}
		}
		Head head = jdbc.sql("select last_id, last_hash from access_log_head")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
			.single();
		if (head.lastId() >= expectedId) {
			// the head counts entries this walk did not find: removed, unless appended since the walk passed
			if (!stillGrowing(expectedId)) {
				return broken(count, expectedId, Problem.END_MISSING);
			}
		}
		else if (!Arrays.equals(head.lastHash(), previous)) {
			return broken(count, expectedId - 1, Problem.LINK_BROKEN);
		}
		return new Verification(true, count, null, null, Instant.now());
	}

	private boolean stillGrowing(long expectedId) {
		return jdbc.sql("select exists (select 1 from access_log where id >= ?)").param(expectedId)
			.query(Boolean.class).single();
	}

	private static Verification broken(long count, long id, Problem problem) {
		return new Verification(false, count, id, problem, Instant.now());
	}

	private record Head(long lastId, byte @Nullable [] lastHash) {
	}

	record Row(long id, Instant at, @Nullable UUID personId, @Nullable UUID organisationId, @Nullable String role,
			String kind, List<UUID> participantIds, String route, String purpose, boolean granted,
			@Nullable String reason, byte @Nullable [] previousHash, byte[] hash) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Array ids = rs.getArray("participant_ids");
		UUID[] participants = ids == null ? new UUID[0] : (UUID[]) ids.getArray();
		return new Row(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("person_id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("role"), rs.getString("kind"), List.of(participants), rs.getString("route"),
				rs.getString("purpose"), rs.getBoolean("granted"), rs.getString("reason"),
				rs.getBytes("previous_hash"), rs.getBytes("hash"));
	}

	/** The canonical text of V2's {@code access_log_canonical}. */
	static String canonical(Row row) {
		return field(Long.toString(row.id)) + field(MICROS.format(row.at))
				+ field(row.personId == null ? null : row.personId.toString())
				+ field(row.organisationId == null ? null : row.organisationId.toString()) + field(row.role)
				+ field(row.kind)
				+ field(row.participantIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
				+ field(row.route) + field(row.purpose) + field(row.granted ? "true" : "false") + field(row.reason)
				+ field(row.previousHash == null ? null : HexFormat.of().formatHex(row.previousHash));
	}

	private static String field(@Nullable String value) {
		if (value == null) {
			return "-1:;";
		}
		return value.codePointCount(0, value.length()) + ":" + value + ";";
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
