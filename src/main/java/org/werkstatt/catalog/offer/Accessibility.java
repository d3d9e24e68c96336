package org.werkstatt.catalog.offer;

/** The accessibility taxonomy: what a participant can rely on (HSDS accessibility, as taxonomy terms). */
public enum Accessibility {
	STEP_FREE, ACCESSIBLE_TOILET, HEARING_LOOP, SIGN_LANGUAGE, PLAIN_LANGUAGE, SCREEN_READER, CHILDCARE, QUIET_ROOM;

	public String messageKey() {
		return "catalog.accessibility." + name();
	}
}
