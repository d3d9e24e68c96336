package org.werkstatt.cooperation.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Participants, their status history and their provider caseworkers. Never logs any of their data. */
@Repository
public class ParticipantStore {

	private static final String COLUMNS = """
			id, agreement_id, offer_id, first_name, last_name, email, phone, date_of_birth, gender, language, status,
			status_reason, status_note, status_since, start_date, planned_end_date, exit_destination, ended_at""";
	private static final String P_COLUMNS = Arrays.stream(COLUMNS.split(","))
		.map(column -> "p." + column.strip())
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	ParticipantStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the jobcenter enters when it assigns a person. */
	public record Details(String firstName, String lastName, @Nullable String email, @Nullable String phone,
			LocalDate dateOfBirth, Gender gender, String language, @Nullable LocalDate startDate,
			@Nullable LocalDate plannedEndDate) {
	}

	/** One entry of a participant's status history. */
	public record StatusEntry(ParticipantStatus status, @Nullable StatusReason reason, @Nullable String note,
			@Nullable ExitDestination destination, LocalDate validFrom, Instant changedAt, UUID changedBy) {
	}

	public Optional<Participant> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from coop_participant where id = :id").param("id", id)
			.query(ParticipantStore::map).optional();
	}

	/** The agreement's participants by name. */
	public List<Participant> ofAgreement(UUID agreementId) {
		return jdbc.sql("select " + COLUMNS + " from coop_participant where agreement_id = :a order by last_name, first_name, id")
			.param("a", agreementId)
			.query(ParticipantStore::map)
			.list();
	}

	/** The agreement's participants assigned to the provider caseworker. */
	public List<Participant> assignedTo(UUID agreementId, UUID personId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from coop_participant p where agreement_id = :a
				 and exists (select 1 from coop_participant_assignment x where x.participant_id = p.id and x.person_id = :p)
				 order by last_name, first_name, id""")
			.param("a", agreementId)
			.param("p", personId)
			.query(ParticipantStore::map)
			.list();
	}

	/** How many participants the list holds: all it may show, and those of the status asked for (all without one). */
	record Counts(int listable, int matching) {

		static final Counts NONE = new Counts(0, 0);
	}

	/**
	 * The agreement's participants, all of them for the jobcenter ({@code provider} null), else those the provider's
	 * rule lets through: how many, and how many of the status. Counted apart from the page: with the counts as a
	 * window over the page's query, every row of the agreement (1,000 for the largest) was carried through the sort
	 * with all its columns (docs/performance.md, "Cooperation").
	 */
	Counts counts(UUID agreementId, ProviderVisibility.@Nullable Listing provider, @Nullable ParticipantStatus status) {
		String statusIs = status == null ? "true" : "p.status = :status";
		return bind(jdbc.sql("select count(*), count(*) filter (where " + statusIs + ") from coop_participant p where p.agreement_id = :a"
				+ (provider == null ? "" : " and" + provider.condition())), agreementId, provider, status)
			.query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	/** A page of those participants by name, of one status or all. */
	List<Participant> rows(UUID agreementId, ProviderVisibility.@Nullable Listing provider, @Nullable ParticipantStatus status,
			int offset, int limit) {
		return bind(jdbc.sql("select " + P_COLUMNS + " from coop_participant p where p.agreement_id = :a"
				+ (provider == null ? "" : " and" + provider.condition()) + (status == null ? "" : " and p.status = :status")
				+ " order by p.last_name, p.first_name, p.id limit :limit offset :offset"), agreementId, provider, status)
			.param("limit", limit)
			.param("offset", offset)
			.query(ParticipantStore::map)
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query, UUID agreementId,
			ProviderVisibility.@Nullable Listing provider, @Nullable ParticipantStatus status) {
		JdbcClient.StatementSpec bound = query.param("a", agreementId);
		if (status != null) {
			bound = bound.param("status", status.name());
		}
		return provider == null ? bound : provider.bind(bound);
	}

	@Transactional
	public UUID assign(UUID agreementId, Details d, UUID by) {
		return assign(agreementId, d, by, LocalDate.now());
	}

	/** Assigns a person as of a day (the demo's participants were assigned months ago). */
	@Transactional
	public UUID assign(UUID agreementId, Details d, UUID by, LocalDate assignedOn) {
		UUID id = jdbc.sql("""
				insert into coop_participant (agreement_id, first_name, last_name, email, phone, date_of_birth, gender, language,
				  start_date, planned_end_date, assigned_by, status_since)
				values (:a, :first, :last, :email, :phone, :birth, :gender, :language, :start, :end, :by, :on) returning id""")
			.param("on", assignedOn)
			.param("a", agreementId)
			.param("first", d.firstName())
			.param("last", d.lastName())
			.param("email", d.email())
			.param("phone", d.phone())
			.param("birth", d.dateOfBirth())
			.param("gender", d.gender().name())
			.param("language", d.language())
			.param("start", d.startDate())
			.param("end", d.plannedEndDate())
			.param("by", by)
			.query(UUID.class)
			.single();
		jdbc.sql("insert into coop_participant_status (participant_id, status, valid_from, changed_by) values (:p, 'ASSIGNED', :on, :by)")
			.param("p", id)
			.param("on", assignedOn)
			.param("by", by)
			.update();
		return id;
	}

	/**
	 * Changes the status if it is still {@code from} (a concurrent change makes this return false, nothing changed).
	 * A final status sets the end day from which the visibility window and retention count.
	 */
	@Transactional
	public boolean changeStatus(UUID participantId, ParticipantStatus from, StatusChange change, UUID by) {
		int changed = jdbc.sql("""
				update coop_participant set status = :status, status_reason = :reason, status_note = :note, status_since = :since,
				  exit_destination = :destination, ended_at = :ended,
				  start_date = case when :status = 'PARTICIPATING' and start_date is null then :since else start_date end,
				  modified_at = now()
				where id = :id and status = :from""")
			.param("id", participantId)
			.param("from", from.name())
			.param("status", change.status().name())
			.param("reason", change.reason() == null ? null : change.reason().name())
			.param("note", blankToNull(change.note()))
			.param("since", change.validFrom())
			.param("destination", change.destination() == null ? null : change.destination().name())
			.param("ended", change.status().isFinal() ? change.validFrom() : null)
			.update();
		if (changed == 1) {
			jdbc.sql("""
					insert into coop_participant_status (participant_id, status, reason, note, exit_destination, valid_from, changed_by)
					values (:p, :status, :reason, :note, :destination, :since, :by)""")
				.param("p", participantId)
				.param("status", change.status().name())
				.param("reason", change.reason() == null ? null : change.reason().name())
				.param("note", blankToNull(change.note()))
				.param("destination", change.destination() == null ? null : change.destination().name())
				.param("since", change.validFrom())
				.param("by", by)
				.update();
		}
		return changed == 1;
	}

	public List<StatusEntry> history(UUID participantId) {
		return jdbc.sql("""
				select status, reason, note, exit_destination, valid_from, changed_at, changed_by
				from coop_participant_status where participant_id = :p order by changed_at desc, id desc""")
			.param("p", participantId)
			.query((rs, n) -> new StatusEntry(ParticipantStatus.valueOf(rs.getString(1)),
					rs.getString(2) == null ? null : StatusReason.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4) == null ? null : ExitDestination.valueOf(rs.getString(4)),
					rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant(), rs.getObject(7, UUID.class)))
			.list();
	}

	public boolean isAssigned(UUID participantId, UUID personId) {
		return jdbc.sql("select count(*) from coop_participant_assignment where participant_id = :p and person_id = :person")
			.param("p", participantId)
			.param("person", personId)
			.query(Integer.class)
			.single() > 0;
	}

	public List<UUID> caseworkers(UUID participantId) {
		return jdbc.sql("select person_id from coop_participant_assignment where participant_id = :p order by assigned_at")
			.param("p", participantId)
			.query(UUID.class)
			.list();
	}

	/** Replaces the participant's provider caseworkers. */
	@Transactional
	public void setCaseworkers(UUID participantId, Set<UUID> people, UUID by) {
		jdbc.sql("delete from coop_participant_assignment where participant_id = :p and not (person_id = any(:people))")
			.param("p", participantId)
			.param("people", people.toArray(UUID[]::new))
			.update();
		for (UUID person : people) {
			jdbc.sql("""
					insert into coop_participant_assignment (participant_id, person_id, assigned_by) values (:p, :person, :by)
					on conflict do nothing""")
				.param("p", participantId)
				.param("person", person)
				.param("by", by)
				.update();
		}
	}

	/** The sealed special categories (ciphertext), by column. */
	public record Sealed(byte @Nullable [] health, byte @Nullable [] disability, byte @Nullable [] minority) {
	}

	public Sealed sealed(UUID participantId) {
		return jdbc.sql("select health_sealed, disability_sealed, minority_sealed from coop_participant where id = :id")
			.param("id", participantId)
			.query((rs, n) -> new Sealed(rs.getBytes(1), rs.getBytes(2), rs.getBytes(3)))
			.optional()
			.orElse(new Sealed(null, null, null));
	}

	/** Stores one special category's ciphertext (null removes it). */
	public void seal(UUID participantId, String column, byte @Nullable [] ciphertext) {
		if (!Set.of("health_sealed", "disability_sealed", "minority_sealed").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		jdbc.sql("update coop_participant set " + column + " = :value, modified_at = now() where id = :id")
			.param("id", participantId)
			.param("value", ciphertext)
			.update();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static Participant map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("status_reason");
		String destination = rs.getString("exit_destination");
		return new Participant(rs.getObject("id", UUID.class), rs.getObject("agreement_id", UUID.class),
				rs.getObject("offer_id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("email"), rs.getString("phone"), rs.getObject("date_of_birth", LocalDate.class),
				Gender.valueOf(rs.getString("gender")), rs.getString("language"),
				ParticipantStatus.valueOf(rs.getString("status")), reason == null ? null : StatusReason.valueOf(reason),
				rs.getString("status_note"), rs.getObject("status_since", LocalDate.class),
				rs.getObject("start_date", LocalDate.class), rs.getObject("planned_end_date", LocalDate.class),
				destination == null ? null : ExitDestination.valueOf(destination), rs.getObject("ended_at", LocalDate.class));
	}
}
