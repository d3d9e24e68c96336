package org.werkstatt.workshop.live;

/** What a numbered change is about: clients load the subject's current state. */
enum ChangeKind {
	/** An idea was posted, edited, voted on, moderated or merged; the subject is the idea. */
	IDEA,
	/** A wall was added, changed, opened or closed; the subject is the wall. */
	WALL,
	/** The session opened or closed, voting started or stopped, settings changed. */
	SESSION
}
