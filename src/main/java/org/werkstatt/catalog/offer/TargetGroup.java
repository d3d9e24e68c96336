package org.werkstatt.catalog.offer;

/**
 * The target groups of the catalog's vocabulary, the groups labour-market programmes name; an offer adds free
 * ones beside them.
 */
public enum TargetGroup {
	YOUNG_PEOPLE, LONG_TERM_UNEMPLOYED, SINGLE_PARENTS, WOMEN_RETURNING, MIGRANTS, REFUGEES, HEALTH_RESTRICTIONS,
	DISABILITY, OLDER_PEOPLE, WITHOUT_QUALIFICATION, EMPLOYERS;

	public String messageKey() {
		return "catalog.targetGroup." + name();
	}
}
