package org.werkstatt.cooperation.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.cooperation.participant.ProviderVisibility;

/**
 * The messages thread per participant between the jobcenter and the provider. A message is read when someone of
 * the other side opens the thread. Nothing is mailed: a message of social data stays here.
 */
@Repository
class CoopMessages {

	record Message(UUID id, Side side, String body, Instant sentAt, UUID sentBy, @Nullable Instant readAt) {
	}

	/** An agreement with the number of its participants whose thread has unread messages for a side. */
	record Unread(UUID agreementId, String title, long participants) {
	}

	private final JdbcClient jdbc;

	CoopMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Message> thread(UUID participantId) {
		return jdbc.sql("""
				select id, side, body, sent_at, sent_by, read_at from coop_message where participant_id = ?
				 order by sent_at, id""")
			.param(participantId)
			.query((rs, n) -> new Message(rs.getObject(1, UUID.class), Side.valueOf(rs.getString(2)), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getObject(5, UUID.class),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
	}

	UUID send(UUID participantId, Side side, String body, UUID by) {
		return jdbc.sql("""
				insert into coop_message (participant_id, side, body, sent_by) values (?, ?, ?, ?) returning id""")
			.params(participantId, side.name(), body, by)
			.query(UUID.class)
			.single();
	}

	/** Marks the other side's unread messages of the thread as read by the reader; how many. */
	int markRead(UUID participantId, Side reader, UUID by) {
		return jdbc.sql("""
				update coop_message set read_at = now(), read_by = ?
				 where participant_id = ? and side <> ? and read_at is null""")
			.params(by, participantId, reader.name())
			.update();
	}

	/** Of these participants, those whose thread has messages of the other side the reader's side has not read. */
	Set<UUID> unreadFor(Collection<UUID> participantIds, Side reader) {
		if (participantIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select distinct participant_id from coop_message
				 where participant_id = any (?) and side <> ? and read_at is null""")
			.params(participantIds.toArray(UUID[]::new), reader.name())
			.query(UUID.class)
			.list());
	}

	/**
	 * For the jobcenter's start page: per agreement of the jobcenter, the participants with provider messages nobody
	 * of the jobcenter has read yet.
	 */
	List<Unread> unreadAtJobcenter(UUID jobcenterId) {
		return jdbc.sql("""
				select a.id, a.title, count(distinct m.participant_id)
				  from coop_message m join coop_participant p on p.id = m.participant_id
				  join agreement a on a.id = p.agreement_id
				 where a.jobcenter_id = ? and m.side = 'PROVIDER' and m.read_at is null
				 group by a.id, a.title order by a.title""")
			.param(jobcenterId)
			.query((rs, n) -> new Unread(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * For a provider staff member's start page: per active agreement of the provider in which the person is staff,
	 * the participants the person may read the plan of (coordinator: all; caseworker: assigned; within the visibility
	 * days; a consent of the provider for GOALS_PLAN not withdrawn) with jobcenter messages unread.
	 */
	List<Unread> unreadAtProvider(UUID providerId, UUID personId, LocalDate today) {
		return jdbc.sql("""
				select a.id, a.title, count(distinct m.participant_id)
				  from coop_message m join coop_participant p on p.id = m.participant_id
				  join agreement a on a.id = p.agreement_id
				 where a.provider_id = :provider and m.side = 'JOBCENTER' and m.read_at is null
				   and """ + ProviderVisibility.mayRead(DataCategory.GOALS_PLAN) + """
				 group by a.id, a.title order by a.title""")
			.param("provider", providerId)
			.param("person", personId)
			.param("today", today)
			.query((rs, n) -> new Unread(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
			.list();
	}
}
