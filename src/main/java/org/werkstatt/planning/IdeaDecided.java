package org.werkstatt.planning;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A planner published the decision on an idea (of a workshop, or entered by hand): from now on the
 * public sees it. Published in the publishing transaction, once per idea.
 *
 * @param outcome IN_EVALUATION, ADOPTED, COVERED or NOT_ADOPTED
 * @param measureId the measure it was adopted into or is covered by
 */
public record IdeaDecided(UUID ideaId, @Nullable UUID eventId, UUID organisationId, String outcome,
		@Nullable UUID measureId) {
}
