package org.werkstatt.planning.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan of an organisation or a network.
 *
 * @param shared a network's quality programme whose members add their own measures and read the others'
 */
public record Plan(UUID id, UUID organisationId, PlanKind kind, String title, @Nullable String summary,
		LocalDate periodStart, LocalDate periodEnd, PlanState state, @Nullable String adoptedBy,
		@Nullable LocalDate adoptedOn, PlanVisibility visibility, boolean shared) {

	public boolean isPublic() {
		return visibility == PlanVisibility.PUBLIC && state != PlanState.DRAFT;
	}
}
