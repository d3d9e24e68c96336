package org.werkstatt.cooperation.agreement;

/**
 * A provider staff member's role within one agreement (NAV's KOORDINATOR / VEILEDER): a coordinator sees the
 * agreement's whole participant list and assigns caseworkers, a caseworker sees the participants assigned to them.
 */
public enum StaffRole {
	COORDINATOR, CASEWORKER;

	public String messageKey() {
		return "cooperation.staffRole." + name();
	}
}
