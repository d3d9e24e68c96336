package org.werkstatt.workshop.live;

/** Whether an idea shows on its wall. */
public enum IdeaStatus {

	/** Waiting for a moderator (pre-moderation, or a blocked word). */
	PENDING,
	/** On the wall for everyone. */
	PUBLISHED,
	/** Taken off the wall by a moderator, with a reason; can be restored. */
	HIDDEN,
	/** Taken back by its author. */
	WITHDRAWN;

	public String messageKey() {
		return "idea.status." + name();
	}
}
