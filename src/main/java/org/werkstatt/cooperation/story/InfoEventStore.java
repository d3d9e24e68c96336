package org.werkstatt.cooperation.story;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreement's info events (workshop events) and the participants invited to them. */
@Repository
class InfoEventStore {

	/** An info event of an agreement: the workshop event and the offer it is about. */
	record InfoEvent(UUID eventId, UUID agreementId, @Nullable UUID offerId) {
	}

	/** A participant's invitation. */
	record Invitation(UUID eventId, Instant invitedAt, UUID invitedBy) {
	}

	private final JdbcClient jdbc;

	InfoEventStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID eventId, UUID agreementId, @Nullable UUID offerId, UUID by) {
		jdbc.sql("insert into coop_info_event (event_id, agreement_id, offer_id, created_by) values (?, ?, ?, ?)")
			.params(eventId, agreementId, offerId, by)
			.update();
	}

	List<InfoEvent> ofAgreement(UUID agreementId) {
		return jdbc.sql("select event_id, agreement_id, offer_id from coop_info_event where agreement_id = ? order by created_at desc")
			.param(agreementId)
			.query((rs, n) -> new InfoEvent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
			.list();
	}

	Optional<InfoEvent> find(UUID agreementId, UUID eventId) {
		return ofAgreement(agreementId).stream().filter(e -> e.eventId().equals(eventId)).findFirst();
	}

	/** The agreement's offers (catalog ids); empty when the agreement names none. */
	List<UUID> offersOf(UUID agreementId) {
		return jdbc.sql("select offer_id from agreement_offer where agreement_id = ?").param(agreementId).query(UUID.class).list();
	}

	/** Records the invitation; false when the participant was invited to it already. */
	boolean invite(UUID participantId, UUID eventId, UUID by) {
		return jdbc.sql("""
				insert into coop_info_invitation (participant_id, event_id, invited_by) values (?, ?, ?)
				on conflict do nothing""")
			.params(participantId, eventId, by)
			.update() == 1;
	}

	List<Invitation> invitations(UUID participantId) {
		return jdbc.sql("select event_id, invited_at, invited_by from coop_info_invitation where participant_id = ? order by invited_at desc")
			.param(participantId)
			.query((rs, n) -> new Invitation(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class)))
			.list();
	}

	Optional<Invitation> invitation(UUID participantId, UUID eventId) {
		return jdbc.sql("select event_id, invited_at, invited_by from coop_info_invitation where participant_id = ? and event_id = ?")
			.params(participantId, eventId)
			.query((rs, n) -> new Invitation(rs.getObject(1, UUID.class), ((Timestamp) rs.getTimestamp(2)).toInstant(),
					rs.getObject(3, UUID.class)))
			.optional();
	}
}
