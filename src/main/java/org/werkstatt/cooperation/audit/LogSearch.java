package org.werkstatt.cooperation.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the access log for the data-protection officer of a jobcenter. A search for one participant is a range of
 * the side table {@code access_log_participant} (participant, time), however many list views named them; the other
 * searches are ranges of the time, person and organisation indexes, limited to the jobcenter and the providers it
 * has agreements with.
 */
@Component
class LogSearch {

	static final int PAGE_SIZE = 50;

	/** One entry as the officer sees it. */
	record Entry(long id, Instant at, @Nullable UUID personId, @Nullable UUID organisationId, @Nullable String role,
			AccessKind kind, List<UUID> participantIds, String route, String purpose, boolean granted,
			@Nullable String reason) {
	}

	/** What to look for; every part optional. {@code to} is exclusive. */
	record Filter(@Nullable UUID participantId, @Nullable UUID personId, @Nullable UUID organisationId,
			@Nullable Instant from, @Nullable Instant to, @Nullable Boolean granted) {
	}

	/** A page of entries, newest first, and whether an older page follows. */
	record Page(List<Entry> entries, int number, boolean hasNext) {
	}

	private final JdbcClient jdbc;

	LogSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisations whose entries the jobcenter's officer reads: the jobcenter and its agreements' providers. */
	List<UUID> scope(UUID jobcenterId) {
		List<UUID> scope = new ArrayList<>();
		scope.add(jobcenterId);
		scope.addAll(jdbc.sql("select distinct provider_id from agreement where jobcenter_id = ?").param(jobcenterId)
			.query(UUID.class).list());
		return scope;
	}

	/**
	 * Whether the participant is the jobcenter's: assigned to one of its agreements, or (deleted since) named in a
	 * granted entry of the jobcenter's staff or its retention job (never in one of the officer's own entries: a
	 * refused look-up of a stranger's id must not make the id the jobcenter's).
	 */
	boolean participantOf(UUID jobcenterId, UUID participantId) {
		return jdbc.sql("""
				select exists (select 1 from coop_participant p join agreement a on a.id = p.agreement_id
				                where p.id = :p and a.jobcenter_id = :jc)
				    or exists (select 1 from access_log_participant ap join access_log l on l.id = ap.entry_id
				                where ap.participant_id = :p and ap.participant_id = any (l.participant_ids)
				                  and l.organisation_id = :jc and l.granted
				                  and l.role is distinct from 'DATA_PROTECTION_OFFICER')""")
			.param("p", participantId)
			.param("jc", jobcenterId)
			.query(Boolean.class)
			.single();
	}

	Page search(List<UUID> scope, Filter filter, int page) {
		StringBuilder sql = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (filter.participantId() != null) {
			// the participant's own range of the side table, newest first; nothing else to scope: the caller has
			// checked that the participant is the jobcenter's
			sql.append("""
					select l.* from access_log_participant ap join access_log l on l.id = ap.entry_id
					 where ap.participant_id = :participant and ap.participant_id = any (l.participant_ids)""");
			params.put("participant", filter.participantId());
			if (filter.from() != null) {
				sql.append(" and ap.at >= :from");
			}
			if (filter.to() != null) {
				sql.append(" and ap.at < :to");
			}
		}
		else {
			sql.append("select l.* from access_log l where l.organisation_id in (:scope)");
			params.put("scope", scope);
			if (filter.from() != null) {
				sql.append(" and l.at >= :from");
			}
			if (filter.to() != null) {
				sql.append(" and l.at < :to");
			}
		}
		if (filter.from() != null) {
			params.put("from", OffsetDateTime.ofInstant(filter.from(), java.time.ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			params.put("to", OffsetDateTime.ofInstant(filter.to(), java.time.ZoneOffset.UTC));
		}
		if (filter.personId() != null) {
			sql.append(" and l.person_id = :person");
			params.put("person", filter.personId());
		}
		if (filter.organisationId() != null) {
			sql.append(" and l.organisation_id = :organisation");
			params.put("organisation", filter.organisationId());
		}
		if (filter.granted() != null) {
			sql.append(" and l.granted = :granted");
			params.put("granted", filter.granted());
		}
		sql.append(filter.participantId() != null ? " order by ap.at desc, ap.entry_id desc" : " order by l.at desc, l.id desc");
		sql.append(" limit :limit offset :offset");
		params.put("limit", PAGE_SIZE + 1);
		params.put("offset", (long) Math.max(0, page - 1) * PAGE_SIZE);
		List<Entry> found = jdbc.sql(sql.toString()).params(params).query(LogSearch::entry).list();
		boolean hasNext = found.size() > PAGE_SIZE;
		return new Page(hasNext ? found.subList(0, PAGE_SIZE) : found, Math.max(1, page), hasNext);
	}

	/** Every entry that names the participant, oldest first (the access report). */
	List<Entry> ofParticipant(UUID participantId, int limit) {
		return jdbc.sql("""
				select l.* from access_log_participant ap join access_log l on l.id = ap.entry_id
				 where ap.participant_id = ? and ap.participant_id = any (l.participant_ids)
				 order by ap.at, ap.entry_id limit ?""")
			.params(participantId, limit)
			.query(LogSearch::entry)
			.list();
	}

	/** Names of people by id (identity's table; only names, for the officer's lists). */
	Map<UUID, String> personNames(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		jdbc.sql("select id, name from person where id in (:ids)").param("ids", ids)
			.query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return names;
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		Array ids = rs.getArray("participant_ids");
		UUID[] participants = ids == null ? new UUID[0] : (UUID[]) ids.getArray();
		return new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getObject("person_id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("role"), AccessKind.valueOf(rs.getString("kind")), List.of(participants),
				rs.getString("route"), rs.getString("purpose"), rs.getBoolean("granted"), rs.getString("reason"));
	}
}
