package org.werkstatt.cooperation.participant;

/** As the ESF+ indicators count: women, men, non-binary, not stated. */
public enum Gender {
	WOMAN, MAN, NON_BINARY, NOT_STATED;

	public String messageKey() {
		return "cooperation.gender." + name();
	}
}
