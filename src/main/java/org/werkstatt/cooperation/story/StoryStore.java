package org.werkstatt.cooperation.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Success stories. Every change names the participant; public reads return only published stories whose consent is
 * still valid (so a withdrawal is effective on the next read even before its listener erased the text).
 */
@Repository
class StoryStore {

	private static final String COLUMNS = """
			s.id, s.participant_id, p.agreement_id, s.consent_id, s.status, s.pseudonym, s.title, s.body, s.district,
			s.review_reason, s.version, s.modified_at, s.reviewed_at, s.published_at, s.withdrawn_at
			""";

	private static final String PUBLIC = """
			s.status = 'PUBLISHED' and exists (select 1 from consent c where c.id = s.consent_id and c.withdrawn_at is null
			  and c.success_story)
			""";

	/** A published story as the public site shows it: no participant, no person. */
	record PublicStory(UUID id, UUID agreementId, UUID providerId, String agreementTitle, String pseudonym, String title,
			String body, @Nullable String district, Instant publishedAt) {

		public String href() {
			return "/stories/" + id;
		}

		public String teaser() {
			return body.length() <= 240 ? body : body.substring(0, body.lastIndexOf(' ', 240) > 0 ? body.lastIndexOf(' ', 240) : 240) + " …";
		}
	}

	private final JdbcClient jdbc;

	StoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Story> ofParticipant(UUID participantId) {
		return jdbc.sql("select " + COLUMNS + " from coop_story s join coop_participant p on p.id = s.participant_id where s.participant_id = ?")
			.param(participantId)
			.query(StoryStore::story)
			.optional();
	}

	/** The stories of these participants (a list the access rule allowed), newest change first. */
	List<Story> ofParticipants(Collection<UUID> participantIds) {
		if (participantIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + """
				 from coop_story s join coop_participant p on p.id = s.participant_id where s.participant_id = any (?)
				 order by s.modified_at desc""")
			.param(participantIds.toArray(UUID[]::new))
			.query(StoryStore::story)
			.list();
	}

	/** A new draft; false when the participant has a story already. */
	boolean create(UUID participantId, UUID consentId, String pseudonym, String title, String body, @Nullable String district,
			UUID by) {
		return jdbc.sql("""
				insert into coop_story (participant_id, consent_id, pseudonym, title, body, district, created_by, modified_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (participant_id) do nothing""")
			.params(participantId, consentId, pseudonym, title, body, district, by, by)
			.update() == 1;
	}

	/**
	 * Changes the text if nobody changed it since the version the form showed; an approved or published story goes
	 * back to a draft (it needs a new review). False: changed meanwhile, or no longer editable.
	 */
	boolean change(UUID participantId, int version, UUID consentId, String pseudonym, String title, String body,
			@Nullable String district, UUID by) {
		return jdbc.sql("""
				update coop_story set pseudonym = ?, title = ?, body = ?, district = ?, consent_id = ?, status = 'DRAFT',
				  published_at = null, version = version + 1, modified_at = now(), modified_by = ?
				where participant_id = ? and version = ? and status in ('DRAFT', 'SENT_BACK', 'APPROVED')""")
			.params(pseudonym, title, body, district, consentId, by, participantId, version)
			.update() == 1;
	}

	/** Moves the story from one of the given states to the next; false when it was not in one of them. */
	boolean move(UUID participantId, Collection<StoryStatus> from, StoryStatus to, @Nullable String reason, UUID by) {
		String extra = switch (to) {
			case APPROVED, SENT_BACK -> ", reviewed_at = now(), reviewed_by = :by, review_reason = :reason, published_at = null";
			case PUBLISHED -> ", published_at = now()";
			case SUBMITTED -> ", review_reason = null";
			default -> ", published_at = null";
		};
		return jdbc.sql("update coop_story set status = :to, version = version + 1, modified_at = now(), modified_by = :by"
				+ extra + " where participant_id = :p and status = any (:from)")
			.param("to", to.name())
			.param("by", by)
			.param("reason", reason)
			.param("p", participantId)
			.param("from", from.stream().map(Enum::name).toArray(String[]::new))
			.update() == 1;
	}

	/** Erases the stories that rest on a withdrawn consent; the rows stay, marked WITHDRAWN. */
	int withdrawFor(UUID consentId) {
		return jdbc.sql("""
				update coop_story set status = 'WITHDRAWN', title = '', body = '', pseudonym = '', district = null,
				  published_at = null, withdrawn_at = now(), version = version + 1, modified_at = now()
				where consent_id = ? and status <> 'WITHDRAWN'""")
			.param(consentId)
			.update();
	}

	/** Submitted stories of the jobcenter's agreements, by agreement: the review waiting for its caseworkers. */
	List<Waiting> submittedFor(UUID jobcenterId) {
		return jdbc.sql("""
				select a.id, count(*) from coop_story s join coop_participant p on p.id = s.participant_id
				  join agreement a on a.id = p.agreement_id
				where a.jobcenter_id = ? and s.status = 'SUBMITTED' group by a.id order by a.id""")
			.param(jobcenterId)
			.query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
	}

	record Waiting(UUID agreementId, long count) {
	}

	// ---- public ----

	Optional<PublicStory> published(UUID id) {
		return publicStories("s.id = ?", id, 1).stream().findFirst();
	}

	List<PublicStory> publishedOfProvider(UUID providerId, int limit) {
		return publicStories("a.provider_id = ?", providerId, limit);
	}

	List<PublicStory> publishedOfAgreement(UUID agreementId) {
		return publicStories("a.id = ?", agreementId, 100);
	}

	private List<PublicStory> publicStories(String where, UUID id, int limit) {
		return jdbc.sql("""
				select s.id, a.id, a.provider_id, a.title, s.pseudonym, s.title, s.body, s.district, s.published_at
				  from coop_story s join coop_participant p on p.id = s.participant_id join agreement a on a.id = p.agreement_id
				 where\s""" + PUBLIC + " and a.status in ('ACTIVE', 'ENDED') and " + where + " order by s.published_at desc limit ?")
			.params(id, limit)
			.query((rs, n) -> new PublicStory(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getTimestamp(9).toInstant()))
			.list();
	}

	private static Story story(ResultSet rs, int row) throws SQLException {
		return new Story(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
				rs.getObject("agreement_id", UUID.class), rs.getObject("consent_id", UUID.class),
				StoryStatus.valueOf(rs.getString("status")), rs.getString("pseudonym"), rs.getString("title"),
				rs.getString("body"), rs.getString("district"), rs.getString("review_reason"), rs.getInt("version"),
				rs.getTimestamp("modified_at").toInstant(), instant(rs.getTimestamp("reviewed_at")),
				instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("withdrawn_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
