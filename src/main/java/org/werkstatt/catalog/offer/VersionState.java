package org.werkstatt.catalog.offer;

/**
 * Where a version of an offer's content stands. At most one version is open (DRAFT, SUBMITTED or RETURNED)
 * at a time; PUBLISHED is the one the public sees; SUPERSEDED was published before; DISCARDED was given up.
 */
public enum VersionState {
	DRAFT, SUBMITTED, RETURNED, PUBLISHED, SUPERSEDED, DISCARDED;

	public String messageKey() {
		return "catalog.offer.version." + name();
	}

	public boolean isOpen() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED;
	}
}
