package org.werkstatt.cooperation.participant;

/** Where a participant went when the participation ended. */
public enum ExitDestination {
	EMPLOYMENT, SELF_EMPLOYMENT, TRAINING, EDUCATION, OTHER_SUPPORT, UNEMPLOYED, INACTIVE, UNKNOWN;

	public String messageKey() {
		return "cooperation.destination." + name();
	}
}
