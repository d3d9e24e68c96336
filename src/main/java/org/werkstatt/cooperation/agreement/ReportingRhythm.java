package org.werkstatt.cooperation.agreement;

/** How often the provider reports to the jobcenter's equal-opportunity officer. */
public enum ReportingRhythm {
	MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

	public String messageKey() {
		return "cooperation.rhythm." + name();
	}
}
