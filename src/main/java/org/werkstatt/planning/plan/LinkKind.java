package org.werkstatt.planning.plan;

/**
 * What a measure can be linked to in {@code measure_link} besides the ideas it came from (those are linked by
 * their decision); the offers that implement it are kept in {@code measure_offer} ({@link MeasureOffers}).
 */
public enum LinkKind {
	EVENT
}
