package org.werkstatt.workshop.live;

/** What a numbered change is about: clients load the subject's current state. */
enum ChangeKind {
	/** An idea was posted, edited, moderated or merged; the subject is the idea. */
	IDEA,
	/**
	 * Dots were put on an idea or taken back: only its score changed, and clients get the score alone
	 * (a few dozen bytes instead of the whole card). The subject is the idea.
	 */
	DOTS,
	/** A wall was added, changed, opened or closed; the subject is the wall. */
	WALL,
	/** The session opened or closed, voting started or stopped, settings changed. */
	SESSION
}
