package org.werkstatt.planning.plan;

/** What a measure can be linked to besides the ideas it came from (those are linked by their decision). */
public enum LinkKind {
	OFFER, EVENT
}
