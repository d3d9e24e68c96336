package org.werkstatt.workshop.live;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the live session: walls, participants, ideas, dots, the moderation log and the numbered
 * changes. Every method is one statement; {@link Live} puts them together in transactions.
 */
@Repository
class LiveStore implements org.werkstatt.workshop.LiveStatus.Lookup {

	/** The channel the trigger {@code live_change_numbered} notifies (migration V6). */
	static final String NOTIFY_CHANNEL = "werkstatt_live";

	private static final String SESSION_COLUMNS = """
			event_id, code, state, voting_open, pre_moderation, dot_budget, max_dots_per_idea, ideas_per_minute,
			event_ideas_per_minute, blocked_words, results_published, last_seq""";

	/**
	 * Ideas with their score. An idea nobody merged into scores its own dots; one with merged cards counts
	 * each participant of the group once, with the most dots they put on one card of it
	 * ({@link DotRules#mergedScore}); a merged card scores its own dots. Only ideas with merged cards cost a
	 * subquery, so looking up one idea (every dot does) stays an index lookup.
	 */
	static final String SCORE = """
			case when exists (select 1 from idea c where c.merged_into = i.id)
			     then (select coalesce(sum(most), 0) from (
			               select max(d.count) as most from dot d join idea g on g.id = d.idea_id
			               where g.id = i.id or g.merged_into = i.id
			               group by d.participant_id) per_participant)
			     else i.dots end""";

	private static final String IDEAS = """
			select i.id, i.number, i.event_id, i.wall_id, (select w.number from wall w where w.id = i.wall_id) as wall_number,
			       i.participant_id, i.nickname, i.text, i.original_text, i.author_edited, i.status, i.hidden_reason, i.pinned, i.merged_into, i.dots, i.created_at,
			""" + SCORE + """
			 as score
			from idea i
			where i.event_id = :event""";

	private final JdbcClient jdbc;

	LiveStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The same statements on one connection the caller holds (and closes), outside the pool. */
	LiveStore on(Connection connection) {
		return new LiveStore(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
	}

	// session

	Optional<LiveSession> session(UUID eventId) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from live_session where event_id = ?")
			.param(eventId)
			.query(LiveStore::session)
			.optional();
	}

	Optional<LiveSession> sessionByCode(String code) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from live_session where code = ?")
			.param(code)
			.query(LiveStore::session)
			.optional();
	}

	/** A session and the participant a token stands for in it, if any. */
	record SessionAndParticipant(LiveSession session, Optional<Participant> participant) {
	}

	/**
	 * The session of the code and the participant whose token has this hash, in one statement: every action
	 * of a participant starts with both.
	 */
	Optional<SessionAndParticipant> sessionAndParticipant(String code, byte @Nullable [] tokenHash) {
		return jdbc.sql("select s.*, p.id as participant_id, p.nickname, p.person_id, p.dots_used from (select "
				+ SESSION_COLUMNS + """
				 from live_session where code = ?) s
				left join participant p on p.event_id = s.event_id and p.token_hash = ?""")
			.params(code, tokenHash)
			.query((rs, row) -> {
				LiveSession session = session(rs, row);
				UUID participantId = rs.getObject("participant_id", UUID.class);
				return new SessionAndParticipant(session, participantId == null ? Optional.empty()
						: Optional.of(new Participant(participantId, session.eventId(), rs.getString("nickname"),
								rs.getObject("person_id", UUID.class), rs.getInt("dots_used"))));
			})
			.optional();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select exists (select 1 from live_session where code = ?)").param(code).query(Boolean.class).single();
	}

	void createSession(UUID eventId, String code) {
		jdbc.sql("insert into live_session (event_id, code) values (?, ?) on conflict (event_id) do nothing")
			.params(eventId, code)
			.update();
	}

	void updateSettings(UUID eventId, boolean preModeration, int dotBudget, int maxDotsPerIdea, int ideasPerMinute,
			int eventIdeasPerMinute, String blockedWords) {
		jdbc.sql("""
				update live_session set pre_moderation = ?, dot_budget = ?, max_dots_per_idea = ?, ideas_per_minute = ?,
				       event_ideas_per_minute = ?, blocked_words = ?
				where event_id = ?""")
			.params(preModeration, dotBudget, maxDotsPerIdea, ideasPerMinute, eventIdeasPerMinute, blockedWords, eventId)
			.update();
	}

	void setState(UUID eventId, LiveState state) {
		jdbc.sql("update live_session set state = ? where event_id = ?").params(state.name(), eventId).update();
	}

	void setVotingOpen(UUID eventId, boolean open) {
		jdbc.sql("update live_session set voting_open = ? where event_id = ?").params(open, eventId).update();
	}

	void setResultsPublished(UUID eventId, boolean published) {
		jdbc.sql("update live_session set results_published = ? where event_id = ?").params(published, eventId).update();
	}

	/** The join code while the session runs (or waits to start), and whether the results are public. */
	@Override
	public org.werkstatt.workshop.LiveStatus of(UUID eventId) {
		return session(eventId)
			.map(session -> new org.werkstatt.workshop.LiveStatus(
					session.state() == LiveState.CLOSED ? null : session.code(), session.resultsPublished()))
			.orElse(org.werkstatt.workshop.LiveStatus.NONE);
	}

	// changes

	/**
	 * Records a change. It gets its number, and every node hears of it, when the transaction commits
	 * (trigger {@code live_change_numbered}): numbers follow the commit order, and the event's session row,
	 * which hands them out, is locked only during the commit.
	 */
	void recordChange(UUID eventId, ChangeKind kind, @Nullable UUID subjectId) {
		jdbc.sql("insert into live_change (event_id, kind, subject_id) values (?, ?, ?)")
			.params(eventId, kind.name(), subjectId)
			.update();
	}

	List<Change> changesAfter(UUID eventId, long seq, int limit) {
		return jdbc.sql("""
				select seq, kind, subject_id from live_change where event_id = ? and seq > ? order by seq limit ?""")
			.params(eventId, seq, limit)
			.query((rs, row) -> new Change(rs.getLong(1), ChangeKind.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class)))
			.list();
	}

	long lastSeq(UUID eventId) {
		return jdbc.sql("select last_seq from live_session where event_id = ?").param(eventId).query(Long.class).optional().orElse(0L);
	}

	// walls

	List<Wall> walls(UUID eventId) {
		return jdbc.sql("""
				select id, number, event_id, position, title, question, target_group, open from wall
				where event_id = ? order by position, created_at""")
			.param(eventId)
			.query(LiveStore::wall)
			.list();
	}

	Optional<Wall> wall(UUID eventId, UUID wallId) {
		return jdbc.sql("""
				select id, number, event_id, position, title, question, target_group, open from wall where event_id = ? and id = ?""")
			.params(eventId, wallId)
			.query(LiveStore::wall)
			.optional();
	}

	UUID addWall(UUID eventId, String title, @Nullable String question, @Nullable String targetGroup, boolean open) {
		return jdbc.sql("""
				insert into wall (event_id, position, title, question, target_group, open)
				values (?, (select coalesce(max(position), 0) + 1 from wall where event_id = ?), ?, ?, ?, ?) returning id""")
			.params(eventId, eventId, title, question, targetGroup, open)
			.query(UUID.class)
			.single();
	}

	void updateWall(UUID wallId, String title, @Nullable String question, @Nullable String targetGroup) {
		jdbc.sql("update wall set title = ?, question = ?, target_group = ? where id = ?")
			.params(title, question, targetGroup, wallId)
			.update();
	}

	void setWallOpen(UUID wallId, boolean open) {
		jdbc.sql("update wall set open = ? where id = ?").params(open, wallId).update();
	}

	void setAllWallsOpen(UUID eventId, boolean open) {
		jdbc.sql("update wall set open = ? where event_id = ?").params(open, eventId).update();
	}

	/** Numbers the event's walls 1, 2, … in the order they are shown. */
	void renumberWalls(UUID eventId) {
		jdbc.sql("""
				update wall w set position = n.number
				from (select id, row_number() over (order by position, created_at) as number from wall where event_id = ?) n
				where w.id = n.id""")
			.param(eventId)
			.update();
	}

	/** Swaps the places of two walls of an event. */
	void swapPositions(Wall one, Wall other) {
		jdbc.sql("update wall set position = case when id = ? then ? else ? end where id in (?, ?)")
			.params(one.id(), other.position(), one.position(), one.id(), other.id())
			.update();
	}

	/** Puts every idea of a wall on another wall of the same event; returns the ideas moved. */
	List<UUID> moveAllIdeas(UUID fromWall, UUID toWall) {
		return jdbc.sql("update idea set wall_id = ?, updated_at = now() where wall_id = ? returning id")
			.params(toWall, fromWall)
			.query(UUID.class)
			.list();
	}

	void deleteWall(UUID wallId) {
		jdbc.sql("delete from wall where id = ?").param(wallId).update();
	}

	int ideaCount(UUID wallId) {
		return jdbc.sql("select count(*) from idea where wall_id = ?").param(wallId).query(Integer.class).single();
	}

	// participants

	Optional<Participant> participantByToken(UUID eventId, byte[] tokenHash) {
		return jdbc.sql("""
				select id, event_id, nickname, person_id, dots_used from participant where token_hash = ? and event_id = ?""")
			.params(tokenHash, eventId)
			.query(LiveStore::participant)
			.optional();
	}

	Optional<Participant> participantOfPerson(UUID eventId, UUID personId) {
		return jdbc.sql("""
				select id, event_id, nickname, person_id, dots_used from participant where event_id = ? and person_id = ?""")
			.params(eventId, personId)
			.query(LiveStore::participant)
			.optional();
	}

	UUID addParticipant(UUID eventId, byte[] tokenHash, @Nullable String nickname, @Nullable UUID personId) {
		return jdbc.sql("insert into participant (event_id, token_hash, nickname, person_id) values (?, ?, ?, ?) returning id")
			.params(eventId, tokenHash, nickname, personId)
			.query(UUID.class)
			.single();
	}

	void replaceToken(UUID participantId, byte[] tokenHash, @Nullable String nickname) {
		jdbc.sql("update participant set token_hash = ?, nickname = ? where id = ?")
			.params(tokenHash, nickname, participantId)
			.update();
	}

	Participant participant(UUID participantId) {
		return jdbc.sql("select id, event_id, nickname, person_id, dots_used from participant where id = ?")
			.param(participantId)
			.query(LiveStore::participant)
			.single();
	}

	int participantCount(UUID eventId) {
		return jdbc.sql("select count(*) from participant where event_id = ?").param(eventId).query(Integer.class).single();
	}

	// ideas

	List<Idea> ideas(UUID eventId) {
		return jdbc.sql(IDEAS + " order by i.pinned desc, i.created_at desc")
			.param("event", eventId)
			.query(LiveStore::idea)
			.list();
	}

	List<Idea> ideas(UUID eventId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(IDEAS + " and i.id = any(cast(:ids as uuid[]))")
			.param("event", eventId)
			.param("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
			.query(LiveStore::idea)
			.list();
	}

	Optional<Idea> idea(UUID eventId, UUID ideaId) {
		return ideas(eventId, List.of(ideaId)).stream().findFirst();
	}

	/** Ideas on the wall that read like the text, most alike first (PostgreSQL trigram similarity). */
	List<Idea> similar(UUID eventId, UUID wallId, String text, int limit) {
		return jdbc.sql(IDEAS + " " + """
				and i.wall_id = :wall and i.status = 'PUBLISHED' and i.merged_into is null
				  and word_similarity(:text, i.text) > 0.45
				order by word_similarity(:text, i.text) desc, i.created_at limit :limit""")
			.param("event", eventId)
			.param("wall", wallId)
			.param("text", text)
			.param("limit", limit)
			.query(LiveStore::idea)
			.list();
	}

	/** Adds an idea and records the change, in one statement. */
	UUID addIdea(UUID eventId, UUID wallId, UUID participantId, @Nullable String nickname, String text, IdeaStatus status) {
		return jdbc.sql("""
				with added as (insert into idea (event_id, wall_id, participant_id, nickname, text, status)
				               values (:event, :wall, :participant, :nickname, :text, :status) returning id),
				     recorded as (insert into live_change (event_id, kind, subject_id) select :event, 'IDEA', id from added)
				select id from added""")
			.param("event", eventId)
			.param("wall", wallId)
			.param("participant", participantId)
			.param("nickname", nickname)
			.param("text", text)
			.param("status", status.name())
			.query(UUID.class)
			.single();
	}

	void authorEdit(UUID ideaId, String text) {
		jdbc.sql("update idea set text = ?, author_edited = true, updated_at = now() where id = ?").params(text, ideaId).update();
	}

	/** A moderator's correction; the author's first words are kept once, to be shown beside it. */
	void moderatorEdit(UUID ideaId, String text) {
		jdbc.sql("""
				update idea set original_text = coalesce(original_text, text), text = ?, updated_at = now() where id = ?""")
			.params(text, ideaId)
			.update();
	}

	void setStatus(UUID ideaId, IdeaStatus status, @Nullable String reason) {
		jdbc.sql("update idea set status = ?, hidden_reason = ?, updated_at = now() where id = ?")
			.params(status.name(), reason, ideaId)
			.update();
	}

	void setPinned(UUID ideaId, boolean pinned) {
		jdbc.sql("update idea set pinned = ?, updated_at = now() where id = ?").params(pinned, ideaId).update();
	}

	/** Links the idea and the ideas merged into it so far to the target. Their dots stay where they were put. */
	List<UUID> merge(UUID ideaId, UUID targetId) {
		return jdbc.sql("""
				update idea set merged_into = ?, pinned = false, updated_at = now()
				where id = ? or merged_into = ? returning id""")
			.params(targetId, ideaId, ideaId)
			.query(UUID.class)
			.list();
	}

	/** Moves the idea and the ideas merged into it to another wall; returns the ideas moved. */
	List<UUID> moveIdea(UUID ideaId, UUID wallId) {
		return jdbc.sql("update idea set wall_id = ?, updated_at = now() where id = ? or merged_into = ? returning id")
			.params(wallId, ideaId, ideaId)
			.query(UUID.class)
			.list();
	}

	/** A published idea, not merged, that reads like an older one on its wall, and that older one. */
	record Duplicate(UUID ideaId, UUID targetId, double similarity) {
	}

	/**
	 * Likely duplicates of the event: for each published, unmerged idea the older idea of its wall it reads
	 * most like, with the similarity the phones use while someone types ({@link #similar}).
	 */
	List<Duplicate> duplicates(UUID eventId) {
		return jdbc.sql("""
				select distinct on (a.id) a.id, b.id, word_similarity(a.text, b.text) as similarity
				from idea a join idea b on b.wall_id = a.wall_id and b.id <> a.id
				     and (b.created_at, b.id) < (a.created_at, a.id)
				     and b.status = 'PUBLISHED' and b.merged_into is null
				where a.event_id = ? and a.status = 'PUBLISHED' and a.merged_into is null
				  and word_similarity(a.text, b.text) > 0.45
				order by a.id, similarity desc, b.created_at""")
			.param(eventId)
			.query((rs, row) -> new Duplicate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDouble(3)))
			.list();
	}

	void unmerge(UUID ideaId) {
		jdbc.sql("update idea set merged_into = null, updated_at = now() where id = ?").param(ideaId).update();
	}

	/** A wall to post on, with how many ideas the participant and the whole event posted lately. */
	record PostTarget(Wall wall, int participantIdeas, int eventIdeas) {
	}

	/** The wall and the ideas of the last {@code seconds} of the participant and of the event, in one statement. */
	Optional<PostTarget> postTarget(UUID eventId, UUID wallId, UUID participantId, int seconds) {
		return jdbc.sql("""
				select w.id, w.number, w.event_id, w.position, w.title, w.question, w.target_group, w.open,
				       (select count(*) from idea where participant_id = :participant
				          and created_at > now() - make_interval(secs => :seconds)) as participant_ideas,
				       (select count(*) from idea where event_id = :event
				          and created_at > now() - make_interval(secs => :seconds)) as event_ideas
				from wall w where w.event_id = :event and w.id = :wall""")
			.param("event", eventId)
			.param("wall", wallId)
			.param("participant", participantId)
			.param("seconds", seconds)
			.query((rs, row) -> new PostTarget(wall(rs, row), rs.getInt("participant_ideas"), rs.getInt("event_ideas")))
			.optional();
	}

	// dots

	/** The participant's dots, per idea. */
	Map<UUID, Integer> dotsOf(UUID participantId) {
		Map<UUID, Integer> dots = new HashMap<>();
		jdbc.sql("select idea_id, count from dot where participant_id = ?")
			.param(participantId)
			.query((ResultSet rs) -> {
				dots.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return dots;
	}

	int dotsOn(UUID ideaId, UUID participantId) {
		return jdbc.sql("select count from dot where idea_id = ? and participant_id = ?")
			.params(ideaId, participantId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Puts ({@code delta} 1) or takes back (-1) one dot with {@code live_dots}, in the caller's transaction:
	 * for callers that hold one (the demo loads in a single transaction), which {@link LiveWriter}'s own
	 * connection would not see.
	 */
	LiveWriter.Applied dot(UUID eventId, UUID participantId, UUID ideaId, int delta) {
		return jdbc.sql("""
				select refusal, used, on_idea from live_dots(array[cast(? as uuid)], array[cast(? as uuid)],
				       array[cast(? as uuid)], array[cast(? as int)])""")
			.params(eventId, participantId, ideaId, delta)
			.query((rs, row) -> {
				String refusal = rs.getString("refusal");
				Integer used = rs.getObject("used", Integer.class);
				Integer onIdea = rs.getObject("on_idea", Integer.class);
				return new LiveWriter.Applied(refusal == null ? null : DotRules.Refusal.valueOf(refusal),
						used == null ? -1 : used, onIdea == null ? -1 : onIdea);
			})
			.single();
	}

	// moderation log

	void log(UUID eventId, @Nullable UUID ideaId, String action, @Nullable String reason, @Nullable String detail,
			@Nullable UUID actorId, String actorName) {
		jdbc.sql("""
				insert into moderation_log (event_id, idea_id, action, reason, detail, actor_id, actor_name)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(eventId, ideaId, action, reason, detail, actorId, actorName)
			.update();
	}

	List<ModerationEntry> log(UUID eventId, int limit) {
		return jdbc.sql("""
				select id, idea_id, action, reason, detail, actor_name, at from moderation_log
				where event_id = ? order by at desc limit ?""")
			.params(eventId, limit)
			.query((rs, row) -> new ModerationEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getTimestamp(7).toInstant()))
			.list();
	}

	// mapping

	private static LiveSession session(ResultSet rs, int row) throws SQLException {
		return new LiveSession(rs.getObject("event_id", UUID.class), rs.getString("code"),
				LiveState.valueOf(rs.getString("state")), rs.getBoolean("voting_open"), rs.getBoolean("pre_moderation"),
				rs.getInt("dot_budget"), rs.getInt("max_dots_per_idea"), rs.getInt("ideas_per_minute"),
				rs.getInt("event_ideas_per_minute"), rs.getString("blocked_words"), rs.getBoolean("results_published"),
				rs.getLong("last_seq"));
	}

	private static Wall wall(ResultSet rs, int row) throws SQLException {
		return new Wall(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getObject("event_id", UUID.class), rs.getInt("position"),
				rs.getString("title"), rs.getString("question"), rs.getString("target_group"), rs.getBoolean("open"));
	}

	private static Participant participant(ResultSet rs, int row) throws SQLException {
		return new Participant(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("nickname"), rs.getObject("person_id", UUID.class), rs.getInt("dots_used"));
	}

	private static Idea idea(ResultSet rs, int row) throws SQLException {
		return new Idea(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getObject("event_id", UUID.class),
				rs.getObject("wall_id", UUID.class), rs.getLong("wall_number"), rs.getObject("participant_id", UUID.class), rs.getString("nickname"),
				rs.getString("text"), rs.getString("original_text"), rs.getBoolean("author_edited"),
				IdeaStatus.valueOf(rs.getString("status")), rs.getString("hidden_reason"), rs.getBoolean("pinned"),
				rs.getObject("merged_into", UUID.class), rs.getInt("dots"), rs.getInt("score"),
				rs.getTimestamp("created_at").toInstant());
	}
}
