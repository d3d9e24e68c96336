package org.werkstatt.workshop.live;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.werkstatt.platform.security.SecretToken;
import org.werkstatt.workshop.IdeaPosted;

/**
 * The rules of the live session, each action one transaction. Every change is recorded
 * ({@link LiveStore#recordChange}) and numbered when the transaction commits, so the event's session row
 * is locked only during the commit and always after the rows the action changed: actions on one event
 * never deadlock, and live clients see the changes in the order they were committed. Dots are the exception:
 * they go through {@link LiveWriter}, which commits the dots of the moment together.
 */
@Service
class Live {

	static final int IDEA_LENGTH = 500;
	static final int RATE_WINDOW_SECONDS = 60;
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final LiveStore store;
	private final ApplicationEventPublisher events;
	private final LiveWriter writer;

	Live(LiveStore store, ApplicationEventPublisher events, LiveWriter writer) {
		this.store = store;
		this.events = events;
		this.writer = writer;
	}

	// session

	/** The event's live session, made with a fresh join code the first time it is asked for. */
	@Transactional
	LiveSession sessionOf(UUID eventId) {
		return store.session(eventId).orElseGet(() -> {
			String code;
			do {
				code = newCode();
			}
			while (store.codeTaken(code));
			store.createSession(eventId, code);
			return store.session(eventId).orElseThrow();
		});
	}

	static String newCode() {
		StringBuilder code = new StringBuilder(6);
		for (int i = 0; i < 6; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/** A session code as an address holds it (a group), before {@link #normaliseCode}: what a phone's calls match. */
	static final String CODE_IN_PATH = "([A-Za-z0-9-]{1,40})";

	/** A code as people type it: without spaces and dashes, in capitals. */
	static String normaliseCode(@Nullable String typed) {
		if (typed == null) {
			return "";
		}
		// the code as the phone's script sends it, with every call: no copy
		return NORMAL_CODE.matcher(typed).matches() ? typed : TYPING.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
	}

	private static final java.util.regex.Pattern NORMAL_CODE = java.util.regex.Pattern.compile("[A-Z0-9]*");
	private static final java.util.regex.Pattern TYPING = java.util.regex.Pattern.compile("[\\s-]");

	@Transactional
	void changeSettings(UUID eventId, SettingsForm form, Moderator moderator) {
		store.updateSettings(eventId, form.preModeration(), form.dotBudget(), form.maxDotsPerIdea(), form.ideasPerMinute(),
				form.eventIdeasPerMinute(), form.blockedWords() == null ? "" : form.blockedWords().strip());
		logAndRecord(eventId, null, "SETTINGS", null, null, moderator, ChangeKind.SESSION, null);
	}

	@Transactional
	void setState(UUID eventId, LiveState state, Moderator moderator) {
		store.setState(eventId, state);
		if (state == LiveState.CLOSED) {
			store.setVotingOpen(eventId, false);
		}
		logAndRecord(eventId, null, "SESSION_" + state.name(), null, null, moderator, ChangeKind.SESSION, null);
	}

	@Transactional
	void setVotingOpen(UUID eventId, boolean open, Moderator moderator) {
		store.setVotingOpen(eventId, open);
		logAndRecord(eventId, null, open ? "VOTING_OPENED" : "VOTING_CLOSED", null, null, moderator, ChangeKind.SESSION, null);
	}

	@Transactional
	void setResultsPublished(UUID eventId, boolean published, Moderator moderator) {
		store.setResultsPublished(eventId, published);
		logAndRecord(eventId, null, published ? "RESULTS_PUBLISHED" : "RESULTS_WITHDRAWN", null, null, moderator,
				ChangeKind.SESSION, null);
	}

	// walls

	@Transactional
	UUID addWall(UUID eventId, WallForm form, Moderator moderator) {
		// a wall added while the session runs takes ideas at once
		boolean open = store.session(eventId).map(LiveSession::isOpen).orElse(false);
		UUID wall = store.addWall(eventId, form.title().strip(), blankToNull(form.question()), blankToNull(form.targetGroup()),
				open);
		logAndRecord(eventId, null, "WALL_ADDED", null, form.title(), moderator, ChangeKind.WALL, wall);
		return wall;
	}

	@Transactional
	void updateWall(UUID eventId, UUID wallId, WallForm form, Moderator moderator) {
		store.updateWall(wallId, form.title().strip(), blankToNull(form.question()), blankToNull(form.targetGroup()));
		logAndRecord(eventId, null, "WALL_CHANGED", null, form.title(), moderator, ChangeKind.WALL, wallId);
	}

	@Transactional
	void setWallOpen(UUID eventId, UUID wallId, boolean open, Moderator moderator) {
		store.setWallOpen(wallId, open);
		logAndRecord(eventId, null, open ? "WALL_OPENED" : "WALL_CLOSED", null, null, moderator, ChangeKind.WALL, wallId);
	}

	/** Moves the wall one place towards the start ({@code earlier}) or the end of the event's walls. */
	@Transactional
	Outcome moveWall(UUID eventId, UUID wallId, boolean earlier) {
		List<Wall> walls = store.walls(eventId);
		int at = -1;
		for (int i = 0; i < walls.size(); i++) {
			if (walls.get(i).id().equals(wallId)) {
				at = i;
			}
		}
		int other = earlier ? at - 1 : at + 1;
		if (at < 0 || other < 0 || other >= walls.size()) {
			return Outcome.refused("live.console.refused.wallMove");
		}
		// positions may repeat (walls of an older version): number them 1, 2, … in the order shown, then swap
		store.renumberWalls(eventId);
		Wall one = walls.get(at);
		Wall neighbour = walls.get(other);
		one = new Wall(one.id(), one.number(), eventId, at + 1, one.title(), one.question(), one.targetGroup(), one.open());
		neighbour = new Wall(neighbour.id(), neighbour.number(), eventId, other + 1, neighbour.title(), neighbour.question(),
				neighbour.targetGroup(), neighbour.open());
		store.swapPositions(one, neighbour);
		store.recordChange(eventId, ChangeKind.WALL, one.id());
		store.recordChange(eventId, ChangeKind.WALL, neighbour.id());
		return Outcome.done("live.console.wallMoved");
	}

	/**
	 * Removes a wall. Its ideas, with their dots and merges, move to another wall first ({@code into}); a
	 * wall with ideas cannot be removed without one. Phones and screens hear of the moved ideas and the gone wall.
	 */
	@Transactional
	Outcome removeWall(UUID eventId, UUID wallId, @Nullable UUID into, Moderator moderator) {
		Optional<Wall> wall = store.wall(eventId, wallId);
		if (wall.isEmpty()) {
			return Outcome.refused("moderation.refused");
		}
		List<UUID> moved = List.of();
		if (store.ideaCount(wallId) > 0) {
			Optional<Wall> target = into == null ? Optional.empty() : store.wall(eventId, into);
			if (target.isEmpty() || target.get().id().equals(wallId)) {
				return Outcome.refused("live.console.refused.removeNeedsWall");
			}
			moved = store.moveAllIdeas(wallId, target.get().id());
		}
		store.deleteWall(wallId);
		store.log(eventId, null, "WALL_REMOVED", null, wall.get().title(), moderator.personId(), moderator.name());
		for (UUID id : moved) {
			store.recordChange(eventId, ChangeKind.IDEA, id);
		}
		store.recordChange(eventId, ChangeKind.WALL, wallId);
		return Outcome.done("live.console.wallRemoved");
	}

	/** Opens the session, all its walls and the voting at once, as most workshops start. */
	@Transactional
	void start(UUID eventId, Moderator moderator) {
		store.setState(eventId, LiveState.OPEN);
		store.setVotingOpen(eventId, true);
		store.setAllWallsOpen(eventId, true);
		store.log(eventId, null, "SESSION_OPEN", null, null, moderator.personId(), moderator.name());
		logAndRecord(eventId, null, "VOTING_OPENED", null, null, moderator, ChangeKind.SESSION, null);
		for (Wall wall : store.walls(eventId)) {
			store.recordChange(eventId, ChangeKind.WALL, wall.id());
		}
	}

	// participants

	/** A participant's token as it travels in the cookie, and who it stands for. */
	record Joined(Participant participant, String token) {
	}

	/**
	 * Lets someone join: a new participant with a new token, or, for a signed-in person who joined before
	 * (on another device), the same participant with a new token.
	 */
	@Transactional
	Joined join(UUID eventId, @Nullable String nickname, @Nullable UUID personId) {
		String token = SecretToken.random();
		byte[] hash = SecretToken.hash(token);
		String name = blankToNull(nickname);
		if (personId != null) {
			Optional<Participant> known = store.participantOfPerson(eventId, personId);
			if (known.isPresent()) {
				store.replaceToken(known.get().id(), hash, name);
				UUID replaced = known.get().id();
				voters.values().removeIf(voter -> voter.found().participant().map(Participant::id).filter(replaced::equals).isPresent());
				return new Joined(store.participantByToken(eventId, hash).orElseThrow(), token);
			}
		}
		store.addParticipant(eventId, hash, name, personId);
		return new Joined(store.participantByToken(eventId, hash).orElseThrow(), token);
	}

	/** How long a dot's caller (session and participant of a token) is known without asking the database. */
	static final long VOTER_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
	private static final int VOTERS = 50_000;

	private record Voter(LiveStore.SessionAndParticipant found, long until) {
	}

	/** Recent dots' callers, by code and token hash (never the token). */
	private final java.util.Map<String, Voter> voters = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The session and participant of a dot's caller, as {@link #sessionAndParticipant}, known for a few seconds
	 * without a statement: a phone putting and taking back dots asks once, not at every click. Only for dots:
	 * {@code live_dots} reads the session's state, budget and limits itself, and a participant unknown there is
	 * refused, so a session read a few seconds ago decides nothing. A token replaced on this node (a signed-in
	 * person joining again) is forgotten at once; on another node it works on for {@link #VOTER_TTL_NANOS}.
	 */
	Optional<LiveStore.SessionAndParticipant> voter(String code, @Nullable String token) {
		if (!usable(token)) {
			return sessionAndParticipant(code, token);
		}
		String key = code + ':' + java.util.HexFormat.of().formatHex(SecretToken.hash(token));
		long now = System.nanoTime();
		Voter known = voters.get(key);
		if (known != null && now - known.until() < 0) {
			return Optional.of(known.found());
		}
		Optional<LiveStore.SessionAndParticipant> found = sessionAndParticipant(code, token);
		if (found.isPresent() && found.get().participant().isPresent()) {
			if (voters.size() >= VOTERS) {
				voters.clear();
			}
			voters.put(key, new Voter(found.get(), now + VOTER_TTL_NANOS));
		}
		return found;
	}

	/** The session of a code and the participant the token stands for, read together. */
	Optional<LiveStore.SessionAndParticipant> sessionAndParticipant(String code, @Nullable String token) {
		return store.sessionAndParticipant(code, usable(token) ? SecretToken.hash(token) : null);
	}

	private static boolean usable(@Nullable String token) {
		return token != null && !token.isBlank() && token.length() <= 100;
	}

	Optional<Participant> participant(UUID eventId, @Nullable String token) {
		return usable(token) ? store.participantByToken(eventId, SecretToken.hash(token)) : Optional.empty();
	}

	// ideas

	/** Posts an idea, or says why not. The text has been checked for length already. */
	@Transactional
	Outcome post(LiveSession session, Participant participant, UUID wallId, String text, UUID organisationId) {
		Optional<LiveStore.PostTarget> target = store.postTarget(session.eventId(), wallId, participant.id(), RATE_WINDOW_SECONDS);
		if (target.isEmpty()) {
			return Outcome.refused("idea.refused.noWall");
		}
		if (!session.isOpen()) {
			return Outcome.refused("idea.refused.sessionClosed");
		}
		if (!target.get().wall().open()) {
			return Outcome.refused("idea.refused.wallClosed");
		}
		if (target.get().participantIdeas() >= session.ideasPerMinute()) {
			return Outcome.refused("idea.refused.tooFast");
		}
		if (target.get().eventIdeas() >= session.eventIdeasPerMinute()) {
			return Outcome.refused("idea.refused.eventBusy");
		}
		boolean held = session.preModeration() || containsBlockedWord(text, session.blockedWordList());
		String words = text.strip();
		UUID idea = store.addIdea(session.eventId(), wallId, participant.id(), participant.nickname(), words,
				held ? IdeaStatus.PENDING : IdeaStatus.PUBLISHED);
		events.publishEvent(new IdeaPosted(idea, session.eventId(), organisationId, wallId, target.get().wall().title(), words,
				java.time.Instant.now()));
		return Outcome.done(held ? "idea.posted.pending" : "idea.posted", idea);
	}

	static boolean containsBlockedWord(String text, List<String> blocked) {
		String lower = text.toLowerCase(Locale.ROOT);
		return blocked.stream()
			.anyMatch(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
				.matcher(lower)
				.find());
	}

	@Transactional
	Outcome editOwn(LiveSession session, Participant participant, UUID ideaId, String text) {
		Optional<Idea> idea = ownOpenIdea(session, participant, ideaId);
		if (idea.isEmpty()) {
			return Outcome.refused("idea.refused.notYours");
		}
		store.authorEdit(ideaId, text.strip());
		if (idea.get().isPublished() && containsBlockedWord(text, session.blockedWordList())) {
			store.setStatus(ideaId, IdeaStatus.PENDING, null);
		}
		store.recordChange(session.eventId(), ChangeKind.IDEA, ideaId);
		return Outcome.done("idea.edited");
	}

	@Transactional
	Outcome withdraw(LiveSession session, Participant participant, UUID ideaId) {
		Optional<Idea> idea = ownOpenIdea(session, participant, ideaId);
		if (idea.isEmpty()) {
			return Outcome.refused("idea.refused.notYours");
		}
		store.setStatus(ideaId, IdeaStatus.WITHDRAWN, null);
		store.recordChange(session.eventId(), ChangeKind.IDEA, ideaId);
		return Outcome.done("idea.withdrawn");
	}

	private Optional<Idea> ownOpenIdea(LiveSession session, Participant participant, UUID ideaId) {
		return store.idea(session.eventId(), ideaId)
			.filter(idea -> idea.isBy(participant.id()))
			.filter(idea -> idea.status() == IdeaStatus.PUBLISHED || idea.status() == IdeaStatus.PENDING)
			.filter(idea -> session.isOpen()
					&& store.wall(session.eventId(), idea.wallId()).map(Wall::open).orElse(false));
	}

	// dots

	/**
	 * Puts one dot on the idea, if the participant has one left and the idea may take it. The dot goes
	 * through the node's {@link LiveWriter}, in a batch with the other dots of the moment, and is answered
	 * once committed; refused with {@link LiveWriter#BUSY} when too many wait.
	 */
	Outcome addDot(LiveSession session, Participant participant, UUID ideaId) {
		return dot(session, participant, ideaId, 1, "dots.added", DotRules.Refusal.NOT_VOTABLE);
	}

	/** Takes one of the participant's dots back from the idea, as {@link #addDot} puts one. */
	Outcome removeDot(LiveSession session, Participant participant, UUID ideaId) {
		return dot(session, participant, ideaId, -1, "dots.removed", DotRules.Refusal.NO_DOT);
	}

	private Outcome dot(LiveSession session, Participant participant, UUID ideaId, int delta, String done,
			DotRules.Refusal unknown) {
		// a caller in a transaction of its own (the demo) needs the dot in it: the writer's connection would not
		// see its ideas and participants yet
		LiveWriter.Applied applied = TransactionSynchronizationManager.isActualTransactionActive()
				? store.dot(session.eventId(), participant.id(), ideaId, delta)
				: writer.apply(session.eventId(), participant.id(), ideaId, delta);
		if (applied == null) {
			return Outcome.refused(LiveWriter.BUSY);
		}
		if (!applied.known()) {
			return Outcome.refused(unknown.messageKey());
		}
		Outcome.Dots counts = new Outcome.Dots(applied.used(), applied.onIdea());
		DotRules.Refusal refusal = applied.refusal();
		return (refusal == null ? Outcome.done(done) : Outcome.refused(refusal.messageKey())).with(counts);
	}

	// moderation

	@Transactional
	Outcome approve(UUID eventId, UUID ideaId, Moderator moderator) {
		return moderate(eventId, ideaId, moderator, "APPROVED", null, idea -> idea.status() == IdeaStatus.PENDING,
				() -> store.setStatus(ideaId, IdeaStatus.PUBLISHED, null));
	}

	@Transactional
	Outcome hide(UUID eventId, UUID ideaId, String reason, Moderator moderator) {
		return moderate(eventId, ideaId, moderator, "HIDDEN", reason,
				idea -> idea.status() == IdeaStatus.PUBLISHED || idea.status() == IdeaStatus.PENDING,
				() -> store.setStatus(ideaId, IdeaStatus.HIDDEN, reason.strip()));
	}

	@Transactional
	Outcome restore(UUID eventId, UUID ideaId, Moderator moderator) {
		return moderate(eventId, ideaId, moderator, "RESTORED", null, idea -> idea.status() == IdeaStatus.HIDDEN,
				() -> store.setStatus(ideaId, IdeaStatus.PUBLISHED, null));
	}

	@Transactional
	Outcome correct(UUID eventId, UUID ideaId, String text, Moderator moderator) {
		Optional<Idea> before = store.idea(eventId, ideaId);
		return moderate(eventId, ideaId, moderator, "EDITED", null, idea -> idea.status() != IdeaStatus.WITHDRAWN,
				() -> store.moderatorEdit(ideaId, text.strip()),
				before.map(idea -> idea.text() + " → " + text.strip()).orElse(null));
	}

	@Transactional
	Outcome pin(UUID eventId, UUID ideaId, boolean pinned, Moderator moderator) {
		return moderate(eventId, ideaId, moderator, pinned ? "PINNED" : "UNPINNED", null,
				idea -> idea.isPublished() && !idea.isMerged(), () -> store.setPinned(ideaId, pinned));
	}

	/**
	 * Merges a duplicate into another idea of the same wall. Both stay visible and linked; their dots stay
	 * where they were put and count once per participant in the target's score.
	 */
	@Transactional
	Outcome merge(UUID eventId, UUID ideaId, UUID targetId, Moderator moderator) {
		Optional<Idea> idea = store.idea(eventId, ideaId);
		Optional<Idea> target = store.idea(eventId, targetId);
		if (idea.isEmpty() || target.isEmpty() || ideaId.equals(targetId)) {
			return Outcome.refused("moderation.refused");
		}
		Idea into = target.get();
		if (into.isMerged()) {
			into = store.idea(eventId, into.mergedInto()).orElseThrow();
		}
		if (into.id().equals(ideaId) || !into.wallId().equals(idea.get().wallId()) || !into.isPublished()) {
			return Outcome.refused("moderation.refused.merge");
		}
		List<UUID> moved = store.merge(ideaId, into.id());
		store.log(eventId, ideaId, "MERGED", null, idea.get().text() + " → " + into.text(), moderator.personId(),
				moderator.name());
		for (UUID id : moved) {
			store.recordChange(eventId, ChangeKind.IDEA, id);
		}
		store.recordChange(eventId, ChangeKind.IDEA, into.id());
		return Outcome.done("moderation.merged");
	}

	/**
	 * Moves an idea to another wall of the event; the ideas merged into it go along (merges stay on one
	 * wall). A merged idea moves only with the idea it was merged into.
	 */
	@Transactional
	Outcome moveIdea(UUID eventId, UUID ideaId, UUID wallId, Moderator moderator) {
		Optional<Idea> idea = store.idea(eventId, ideaId);
		Optional<Wall> wall = store.wall(eventId, wallId);
		if (idea.isEmpty() || wall.isEmpty()) {
			return Outcome.refused("moderation.refused");
		}
		if (idea.get().isMerged()) {
			return Outcome.refused("live.console.refused.moveMerged");
		}
		if (idea.get().wallId().equals(wallId)) {
			return Outcome.refused("live.console.refused.sameWall");
		}
		String from = store.wall(eventId, idea.get().wallId()).map(Wall::title).orElse("?");
		List<UUID> moved = store.moveIdea(ideaId, wallId);
		store.log(eventId, ideaId, "MOVED", null, from + " → " + wall.get().title(), moderator.personId(), moderator.name());
		for (UUID id : moved) {
			store.recordChange(eventId, ChangeKind.IDEA, id);
		}
		return Outcome.done("live.console.moved");
	}

	@Transactional
	Outcome unmerge(UUID eventId, UUID ideaId, Moderator moderator) {
		Optional<Idea> idea = store.idea(eventId, ideaId).filter(Idea::isMerged);
		if (idea.isEmpty()) {
			return Outcome.refused("moderation.refused");
		}
		store.unmerge(ideaId);
		store.log(eventId, ideaId, "UNMERGED", null, null, moderator.personId(), moderator.name());
		store.recordChange(eventId, ChangeKind.IDEA, ideaId);
		store.recordChange(eventId, ChangeKind.IDEA, idea.get().mergedInto());
		return Outcome.done("moderation.unmerged");
	}

	private Outcome moderate(UUID eventId, UUID ideaId, Moderator moderator, String action, @Nullable String reason,
			java.util.function.Predicate<Idea> allowed, Runnable change) {
		return moderate(eventId, ideaId, moderator, action, reason, allowed, change, null);
	}

	private Outcome moderate(UUID eventId, UUID ideaId, Moderator moderator, String action, @Nullable String reason,
			java.util.function.Predicate<Idea> allowed, Runnable change, @Nullable String detail) {
		Optional<Idea> idea = store.idea(eventId, ideaId);
		if (idea.isEmpty() || !allowed.test(idea.get())) {
			return Outcome.refused("moderation.refused");
		}
		change.run();
		logAndRecord(eventId, ideaId, action, reason, detail, moderator, ChangeKind.IDEA, ideaId);
		if (idea.get().isMerged()) {
			store.recordChange(eventId, ChangeKind.IDEA, idea.get().mergedInto());
		}
		return Outcome.done("moderation.done." + action);
	}

	private void logAndRecord(UUID eventId, @Nullable UUID ideaId, String action, @Nullable String reason,
			@Nullable String detail, Moderator moderator, ChangeKind kind, @Nullable UUID subject) {
		store.log(eventId, ideaId, action, reason, detail, moderator.personId(), moderator.name());
		store.recordChange(eventId, kind, subject);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
