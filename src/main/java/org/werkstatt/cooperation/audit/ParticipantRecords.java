package org.werkstatt.cooperation.audit;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything stored about a participant (GDPR Art. 15), read with queries of its own: the participant's row and
 * the rows of every table that refers to it by a foreign key (status history, assignments, consent and whatever
 * later migrations add with {@code on delete cascade}), found in the database's catalog so that no table is
 * forgotten; the consent texts the consents name; the agreement. Sealed special categories are exported as
 * "recorded" only (their ciphertext means nothing to the reader).
 */
@Component
class ParticipantRecords {

	/** The participant's agreement: to whom it belongs, for the officer's scope and the report's heading. */
	record Participation(UUID participantId, UUID agreementId, UUID jobcenterId, UUID providerId, String name) {
	}

	private final JdbcClient jdbc;

	ParticipantRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Participation> participation(UUID participantId) {
		return jdbc.sql("""
				select p.id, p.agreement_id, a.jobcenter_id, a.provider_id, p.first_name || ' ' || p.last_name
				  from coop_participant p join agreement a on a.id = p.agreement_id where p.id = ?""")
			.param(participantId)
			.query((rs, n) -> new Participation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5)))
			.optional();
	}

	/** Table name to its rows about the participant, the participant's own row under {@code coop_participant}. */
	Map<String, List<Map<String, Object>>> everything(UUID participantId) {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		tables.put("coop_participant", rows("select * from coop_participant where id = ?", participantId));
		record Reference(String table, String column) {
		}
		List<Reference> references = jdbc.sql("""
				select c.conrelid::regclass::text, quote_ident(a.attname)
				  from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
				 where c.contype = 'f' and c.confrelid = 'coop_participant'::regclass and cardinality(c.conkey) = 1
				 order by 1, 2""")
			.query((rs, n) -> new Reference(rs.getString(1), rs.getString(2)))
			.list();
		for (Reference reference : references) {
			tables.computeIfAbsent(reference.table(), t -> new ArrayList<>())
				.addAll(rows("select * from " + reference.table() + " where " + reference.column() + " = ?",
						participantId));
		}
		if (tables.containsKey("consent")) {
			tables.put("consent_text", rows("""
					select * from consent_text where id in (select text_id from consent where participant_id = ?)
					 order by version, language""", participantId));
		}
		tables.put("agreement", rows("""
				select id, jobcenter_id, provider_id, title, valid_from, valid_until, status, data_categories,
				 provider_visibility_days, retention_days
				  from agreement where id in (select agreement_id from coop_participant where id = ?)""",
				participantId));
		return tables;
	}

	private List<Map<String, Object>> rows(String sql, UUID participantId) {
		return jdbc.sql(sql).param(participantId).query().listOfRows().stream().map(ParticipantRecords::readable)
			.toList();
	}

	/** A row with values a JSON reader understands: dates as ISO text, arrays as lists, ciphertext as "recorded". */
	private static Map<String, Object> readable(Map<String, Object> row) {
		Map<String, Object> out = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (column.endsWith("_sealed")) {
				out.put(column.substring(0, column.length() - "_sealed".length()),
						value == null ? null : "recorded (encrypted special category)");
			}
			else {
				out.put(column, plain(value));
			}
		});
		return out;
	}

	private static @Nullable Object plain(@Nullable Object value) {
		try {
			return switch (value) {
				case null -> null;
				case java.sql.Date date -> date.toLocalDate().toString();
				case Timestamp timestamp -> timestamp.toInstant().toString();
				case OffsetDateTime time -> time.toInstant().toString();
				case Array array -> Arrays.stream((Object[]) array.getArray()).map(ParticipantRecords::plain).toList();
				case PGobject object -> object.getValue();
				case byte[] bytes -> "(" + bytes.length + " bytes)";
				case UUID uuid -> uuid.toString();
				case Number number -> number;
				case Boolean bool -> bool;
				default -> value.toString();
			};
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
