package org.werkstatt.cooperation.audit;

/** What an access did with participant data. */
public enum AccessKind {
	/** A detail view of one participant. */
	READ,
	/** A list view; the entry names every participant the list showed. */
	LIST,
	/** A download (PDF, CSV, JSON, …). */
	EXPORT,
	/** A change, a deletion included. */
	WRITE,
	/** A call of a machine interface. */
	API
}
