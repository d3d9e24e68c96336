package org.werkstatt.workshop;

import java.util.UUID;

/** An event series, as other modules list it (a planner links a plan to the series it is presented in). */
public record SeriesSummary(UUID id, UUID organisationId, String title) {

	public String url() {
		return "/series/" + id;
	}
}
