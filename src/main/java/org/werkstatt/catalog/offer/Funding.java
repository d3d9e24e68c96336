package org.werkstatt.catalog.offer;

/** How a participant's place is paid for. */
public enum Funding {
	EDUCATION_VOUCHER, ACTIVATION_VOUCHER, ESF_PLUS, MUNICIPAL, FREE;

	public String messageKey() {
		return "catalog.funding." + name();
	}
}
