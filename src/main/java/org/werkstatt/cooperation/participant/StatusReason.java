package org.werkstatt.cooperation.participant;

/** Why a participation is interrupted, ended or not relevant (NAV's "årsak"). */
public enum StatusReason {
	PARENTAL_LEAVE, SICKNESS, OTHER, COMPLETED, DROPPED_OUT, NO_LONGER_NEEDED, DID_NOT_START;

	public String messageKey() {
		return "cooperation.reason." + name();
	}
}
