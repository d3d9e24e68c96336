package org.werkstatt.identity;

/** What a membership lets a person do in one organisation. Platform admin stands above all of them. */
public enum Role {
	ORGANISATION_ADMIN, PLANNER, MODERATOR, CASEWORKER, PROVIDER_STAFF, EQUAL_OPPORTUNITY_OFFICER, DATA_PROTECTION_OFFICER;

	public String messageKey() {
		return "role." + name();
	}
}
