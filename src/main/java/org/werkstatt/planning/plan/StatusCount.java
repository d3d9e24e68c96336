package org.werkstatt.planning.plan;

/** How many measures of a plan have a status, and their share in percent (rounded). */
public record StatusCount(MeasureStatus status, int count, int percent) {
}
