package org.werkstatt.planning.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measure (or recommendation) of a plan.
 *
 * @param organisationId who keeps it: the plan's owner, or a member of the network sharing the plan
 * @param version the number of its latest version; every change adds one
 */
public record Measure(UUID id, UUID planId, UUID organisationId, String number, String title,
		@Nullable String description, @Nullable UUID fieldId, @Nullable UUID responsibleOrganisationId,
		@Nullable String responsiblePerson, @Nullable String partners, String status, int progress,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable BigDecimal budget, @Nullable Integer places,
		int version, Instant updatedAt) {
}
