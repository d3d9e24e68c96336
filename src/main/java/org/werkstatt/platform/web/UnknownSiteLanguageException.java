package org.werkstatt.platform.web;

/** {@code WERKSTATT_DEFAULT_LANGUAGE} names a language the interface does not speak. */
class UnknownSiteLanguageException extends IllegalStateException {

	private final String value;

	UnknownSiteLanguageException(String value) {
		super("WERKSTATT_DEFAULT_LANGUAGE must be de, da or en, not '" + value + "'");
		this.value = value;
	}

	String value() {
		return value;
	}
}
