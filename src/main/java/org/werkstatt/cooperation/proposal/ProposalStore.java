package org.werkstatt.cooperation.proposal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.werkstatt.cooperation.agreement.ChangeKind;
import org.werkstatt.cooperation.participant.ExitDestination;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantStore;
import org.werkstatt.cooperation.participant.StatusReason;

/**
 * Proposals and what approving one changes. Every change runs in one transaction: a proposal whose change cannot be
 * applied (the participation changed meanwhile) leaves nothing behind. Never logs any of their content.
 */
@Repository
class ProposalStore {

	private static final String COLUMNS = """
			id, participant_id, kind, status, reason, new_date, new_hours, end_reason, end_destination, due_on, proposed_at,
			proposed_by, decided_at, decided_by, decision_note""";

	/** What became of a decision or a direct change. */
	enum Outcome {
		DONE, NOT_OPEN, CHANGED_MEANWHILE
	}

	private final JdbcClient jdbc;
	private final ParticipantStore participants;

	ProposalStore(JdbcClient jdbc, ParticipantStore participants) {
		this.jdbc = jdbc;
		this.participants = participants;
	}

	List<Proposal> of(UUID participantId) {
		return jdbc.sql("select " + COLUMNS + " from coop_proposal where participant_id = :p order by proposed_at desc, id")
			.param("p", participantId)
			.query(ProposalStore::map)
			.list();
	}

	Optional<Proposal> find(UUID id, UUID participantId) {
		return jdbc.sql("select " + COLUMNS + " from coop_proposal where id = :id and participant_id = :p")
			.param("id", id)
			.param("p", participantId)
			.query(ProposalStore::map)
			.optional();
	}

	/** The open proposals of these participants, the longest waiting first. */
	List<Proposal> openOf(Collection<UUID> participantIds) {
		if (participantIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from coop_proposal where status = 'OPEN' and participant_id = any(:ids) order by due_on, proposed_at")
			.param("ids", participantIds.toArray(UUID[]::new))
			.query(ProposalStore::map)
			.list();
	}

	/** The weekly hours of a participation (null: not agreed). */
	@Nullable
	BigDecimal weeklyHours(UUID participantId) {
		return jdbc.sql("select weekly_hours from coop_participant where id = :p").param("p", participantId)
			.query((rs, n) -> rs.getBigDecimal(1)).optional().orElse(null);
	}

	/**
	 * Stores a proposal: an open one of the same kind is superseded by it; a kind that needs no decision is applied
	 * at once (status APPLIED). Returns the new proposal's id, or empty when the direct change could not be applied.
	 */
	@Transactional
	Optional<UUID> propose(Participant participant, ProposalRules.Content c, boolean needsDecision, LocalDate today, UUID by) {
		UUID id = UUID.randomUUID();
		List<UUID> superseded = jdbc.sql("""
				update coop_proposal set status = 'SUPERSEDED', decided_at = now(), decided_by = :by
				where participant_id = :p and kind = :kind and status = 'OPEN' returning id""")
			.param("p", participant.id())
			.param("kind", c.kind().name())
			.param("by", by)
			.query(UUID.class)
			.list();
		jdbc.sql("""
				insert into coop_proposal (id, participant_id, kind, status, reason, new_date, new_hours, end_reason,
				  end_destination, due_on, proposed_by, decided_at, decided_by)
				values (:id, :p, :kind, :status, :reason, :date, :hours, :endReason, :destination, :due, :by,
				  case when :status = 'OPEN' then null else now() end, case when :status = 'OPEN' then null else :by end)""")
			.param("id", id)
			.param("p", participant.id())
			.param("kind", c.kind().name())
			.param("status", needsDecision ? "OPEN" : "APPLIED")
			.param("reason", c.reason())
			.param("date", c.newDate())
			.param("hours", c.newHours())
			.param("endReason", c.endReason() == null ? null : c.endReason().name())
			.param("destination", c.endDestination() == null ? null : c.endDestination().name())
			.param("due", ProposalRules.dueOn(today))
			.param("by", by)
			.update();
		if (!superseded.isEmpty()) {
			jdbc.sql("update coop_proposal set superseded_by = :id where id = any(:old)")
				.param("id", id)
				.param("old", superseded.toArray(UUID[]::new))
				.update();
		}
		if (!needsDecision && !apply(participant, c, by)) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return Optional.empty();
		}
		return Optional.of(id);
	}

	/** The provider withdraws an open proposal. */
	@Transactional
	boolean withdraw(UUID id, UUID participantId, UUID by) {
		return jdbc.sql("""
				update coop_proposal set status = 'WITHDRAWN', decided_at = now(), decided_by = :by
				where id = :id and participant_id = :p and status = 'OPEN'""")
			.param("id", id)
			.param("p", participantId)
			.param("by", by)
			.update() == 1;
	}

	/** The jobcenter approves (and the change is applied) or rejects an open proposal, with a note. */
	@Transactional
	Outcome decide(Proposal proposal, Participant participant, boolean approve, @Nullable String note, UUID by) {
		int changed = jdbc.sql("""
				update coop_proposal set status = :status, decided_at = now(), decided_by = :by, decision_note = :note
				where id = :id and participant_id = :p and status = 'OPEN'""")
			.param("id", proposal.id())
			.param("p", participant.id())
			.param("status", approve ? "APPROVED" : "REJECTED")
			.param("by", by)
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.update();
		if (changed == 0) {
			return Outcome.NOT_OPEN;
		}
		if (approve && !apply(participant, ProposalRules.content(proposal), by)) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return Outcome.CHANGED_MEANWHILE;
		}
		return Outcome.DONE;
	}

	/** Makes the change a proposal asks for; false when the participation changed meanwhile (nothing changed). */
	private boolean apply(Participant p, ProposalRules.Content c, UUID by) {
		String column = switch (c.kind()) {
			case EXTEND, CHANGE_END -> "planned_end_date";
			case CHANGE_START -> "start_date";
			case CHANGE_HOURS -> "weekly_hours";
			case END, OTHER -> null;
		};
		if (c.kind() == ChangeKind.END) {
			LocalDate day = c.newDate();
			return day != null && participants.changeStatus(p.id(), p.status(), ProposalRules.ending(c, day), by);
		}
		if (column == null) {
			return true;
		}
		return jdbc.sql("update coop_participant set " + column + " = :value, modified_at = now() where id = :id and status = :status")
			.param("id", p.id())
			.param("status", p.status().name())
			.param("value", c.kind() == ChangeKind.CHANGE_HOURS ? c.newHours() : c.newDate())
			.update() == 1;
	}

	/** The number of open proposals and of overdue ones in an agreement, for the start pages. */
	record Waiting(UUID agreementId, String title, long open, long overdue) {
	}

	/** Open proposals by agreement where the organisation is the jobcenter. */
	List<Waiting> waitingAtJobcenter(UUID jobcenterId, LocalDate today) {
		return jdbc.sql("""
				select a.id, a.title, count(*), count(*) filter (where x.due_on < :today)
				  from coop_proposal x join coop_participant p on p.id = x.participant_id join agreement a on a.id = p.agreement_id
				 where x.status = 'OPEN' and a.jobcenter_id = :o
				 group by a.id, a.title order by a.title""")
			.param("o", jobcenterId)
			.param("today", today)
			.query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/**
	 * Open proposals by agreement of the provider in which the person is staff (a coordinator: all of the agreement;
	 * a caseworker: of the participants assigned to them), only while provider staff see the agreement.
	 */
	List<Waiting> waitingAtProvider(UUID providerId, UUID personId, LocalDate today) {
		return jdbc.sql("""
				select a.id, a.title, count(*), count(*) filter (where x.due_on < :today)
				  from coop_proposal x join coop_participant p on p.id = x.participant_id join agreement a on a.id = p.agreement_id
				 where x.status = 'OPEN' and a.provider_id = :o and a.status = 'ACTIVE'
				   and (exists (select 1 from agreement_staff s where s.agreement_id = a.id and s.person_id = :person and s.role = 'COORDINATOR')
				        or exists (select 1 from coop_participant_assignment w where w.participant_id = p.id and w.person_id = :person)
				           and exists (select 1 from agreement_staff s where s.agreement_id = a.id and s.person_id = :person))
				 group by a.id, a.title order by a.title""")
			.param("o", providerId)
			.param("person", personId)
			.param("today", today)
			.query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	static Proposal map(ResultSet rs, int row) throws SQLException {
		String endReason = rs.getString("end_reason");
		String destination = rs.getString("end_destination");
		return new Proposal(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
				ChangeKind.valueOf(rs.getString("kind")), ProposalStatus.valueOf(rs.getString("status")),
				rs.getString("reason"), rs.getObject("new_date", LocalDate.class), rs.getBigDecimal("new_hours"),
				endReason == null ? null : StatusReason.valueOf(endReason),
				destination == null ? null : ExitDestination.valueOf(destination), rs.getObject("due_on", LocalDate.class),
				rs.getTimestamp("proposed_at").toInstant(), rs.getObject("proposed_by", UUID.class),
				instant(rs.getTimestamp("decided_at")), rs.getObject("decided_by", UUID.class), rs.getString("decision_note"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
