import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The access-log part of the cooperation benchmark's seed (issue 12): TOTAL entries spread evenly over the last two
 * years, naming the participants of bench_participant (bench/cooperation-seed.sql fills it with 10,000): 90 % detail
 * views of one participant, 10 % list views naming 20, one in twenty refused. The entries continue the log's hash
 * chain exactly as the database's trigger chains them (the same canonical text as access_log_canonical and SHA-256
 * over it and the previous hash, so scripts/verify-access-log.sh finds the chain whole), but with times in the past,
 * which the trigger never allows: the entries and their participant rows are copied in with the session's triggers
 * off (session_replication_role = replica, which needs the database owner, the embedded postgres user). Most
 * participants are named by about 600 entries (200 detail views, 400 list views).
 * <p>
 * Written in Java because a PL/pgSQL loop with the hash chain wrote a few hundred entries a second here.
 * Usage: java -cp postgresql.jar bench/AccessLogSeed.java JDBC_URL USER TOTAL
 */
public class AccessLogSeed {

	static final DateTimeFormatter CANONICAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);
	static final DateTimeFormatter COPY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00'")
		.withZone(ZoneOffset.UTC);
	static final int CHUNK = 50_000;

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		int total = Integer.parseInt(args[2]);
		try (Connection db = DriverManager.getConnection(args[0], args[1], "")) {
			db.setAutoCommit(false);
			List<String> ids = strings(db, "select id from bench_participant order by n");
			List<String> staff = strings(db, "select p.id from person p join membership m on m.person_id = p.id order by p.id limit 20");
			List<String> orgs = List.of(
					strings(db, "select id from organisation where slug = 'jobcenter-hafenstadt'").getFirst(),
					strings(db, "select id from organisation where slug = 'bildungswerk-kai'").getFirst());
			long lastId;
			byte[] lastHash;
			try (Statement s = db.createStatement();
					ResultSet head = s.executeQuery("select last_id, last_hash from access_log_head for update")) {
				head.next();
				lastId = head.getLong(1);
				lastHash = head.getBytes(2);
			}
			long nowMicros;
			try (Statement s = db.createStatement();
					ResultSet now = s.executeQuery("select (extract(epoch from now()) * 1000000)::bigint")) {
				now.next();
				nowMicros = now.getLong(1);
			}
			long span = 730L * 86_400 * 1_000_000;
			long firstMicros = nowMicros - span;
			long step = span / total;

			try (Statement s = db.createStatement()) {
				s.execute("set local session_replication_role = replica");
			}
			CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			HexFormat hex = HexFormat.of();
			StringBuilder entries = new StringBuilder();
			StringBuilder named = new StringBuilder();
			for (int i = 1; i <= total; i++) {
				long id = lastId + 1;
				Instant at = Instant.ofEpochSecond(0, (firstMicros + step * i) * 1000);
				String person = staff.get(i % staff.size());
				String organisation = orgs.get(i % 2);
				String role = i % 2 == 0 ? "CASEWORKER" : "PROVIDER_STAFF";
				String kind;
				String route;
				List<String> participants;
				if (i % 10 == 0) {
					kind = "LIST";
					int from = (i * 7) % 9980;
					participants = ids.subList(from, from + 20);
					route = "/work/coop/{agreementId}/participants";
				}
				else {
					kind = "READ";
					participants = List.of(ids.get((i * 13) % ids.size()));
					route = "/work/coop/{agreementId}/participants/{id}";
				}
				boolean granted = i % 20 != 7;
				String reason = granted ? null : "NOT_ASSIGNED";
				String previous = lastHash == null ? null : hex.formatHex(lastHash);
				String canonical = field(Long.toString(id)) + field(CANONICAL_TIME.format(at)) + field(person)
						+ field(organisation) + field(role) + field(kind) + field(String.join(",", participants))
						+ field(route) + field("care") + field(granted ? "true" : "false") + field(reason) + field(previous);
				byte[] hash = sha.digest(canonical.getBytes(StandardCharsets.UTF_8));
				String time = COPY_TIME.format(at);
				entries.append(id).append('\t').append(time).append('\t').append(person).append('\t').append(organisation)
					.append('\t').append(role).append('\t').append(kind).append('\t').append('{')
					.append(String.join(",", participants)).append('}').append('\t').append(route).append("\tcare\t")
					.append(granted ? 't' : 'f').append('\t').append(reason == null ? "\\N" : reason).append('\t')
					.append(previous == null ? "\\N" : "\\\\x" + previous).append('\t').append("\\\\x")
					.append(hex.formatHex(hash)).append('\n');
				Set<String> distinct = new LinkedHashSet<>(participants);
				for (String p : distinct) {
					named.append(p).append('\t').append(time).append('\t').append(id).append('\n');
				}
				lastId = id;
				lastHash = hash;
				if (i % CHUNK == 0 || i == total) {
					copyIn(copy, "copy access_log (id, at, person_id, organisation_id, role, kind, participant_ids, route, "
							+ "purpose, granted, reason, previous_hash, hash) from stdin", entries);
					copyIn(copy, "copy access_log_participant (participant_id, at, entry_id) from stdin", named);
				}
			}
			try (PreparedStatement head = db.prepareStatement("update access_log_head set last_id = ?, last_hash = ?")) {
				head.setLong(1, lastId);
				head.setBytes(2, lastHash);
				head.executeUpdate();
			}
			db.commit();
			db.setAutoCommit(true);
			try (Statement s = db.createStatement()) {
				s.execute("analyze access_log");
				s.execute("analyze access_log_participant");
			}
		}
		System.out.printf("%d access-log entries chained and copied in %d ms%n", total, (System.nanoTime() - started) / 1_000_000);
	}

	/** access_log_field: the value's length, a colon, the value, a semicolon; null as length -1. */
	static String field(String value) {
		return value == null ? "-1:;" : value.length() + ":" + value + ";";
	}

	static void copyIn(CopyManager copy, String sql, StringBuilder rows) throws Exception {
		copy.copyIn(sql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
		rows.setLength(0);
	}

	static List<String> strings(Connection db, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}
}
