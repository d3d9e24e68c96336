package org.werkstatt.planning.plan;

import java.time.Instant;
import java.util.List;

/** One version of a measure on its timeline: who changed what, and when. */
public record MeasureVersion(int version, Instant changedAt, String changedByName, List<MeasureChange> changes) {
}
