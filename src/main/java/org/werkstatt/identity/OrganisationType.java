package org.werkstatt.identity;

/** The kinds of organisation that work together on the site. */
public enum OrganisationType {
	JOBCENTER, PROVIDER, MUNICIPALITY, EMPLOYER, CHAMBER, CIVIL_SOCIETY, NETWORK;

	public String messageKey() {
		return "organisation.type." + name();
	}
}
