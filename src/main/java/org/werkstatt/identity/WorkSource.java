package org.werkstatt.identity;

import java.util.List;
import java.util.Set;

/**
 * A module's part of a person's work in one organisation: the pages the person's roles open there, and
 * what waits for them. The personal start page ("my work") and every organisation page's tabs are made
 * of these, so that no link leads to a page the person may not open.
 */
public interface WorkSource {

	/** The pages of this module the roles open in the organisation; reads nothing from the database. */
	List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles);

	/** What waits for the signed-in person with these roles in the organisation, each with the page to do it on. */
	default List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		return List.of();
	}
}
