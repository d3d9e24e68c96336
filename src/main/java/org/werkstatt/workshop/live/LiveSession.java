package org.werkstatt.workshop.live;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The settings and state of an event's live session. */
public record LiveSession(UUID eventId, String code, LiveState state, boolean votingOpen, boolean preModeration, int dotBudget,
		int maxDotsPerIdea, int ideasPerMinute, int eventIdeasPerMinute, String blockedWords, boolean resultsPublished,
		long lastSeq) {

	public boolean isOpen() {
		return state == LiveState.OPEN;
	}

	/** The blocked words, one per line or separated by commas, in lower case. */
	List<String> blockedWordList() {
		return Arrays.stream(blockedWords.split("[,\\n]"))
			.map(word -> word.strip().toLowerCase(Locale.ROOT))
			.filter(word -> !word.isEmpty())
			.toList();
	}
}
