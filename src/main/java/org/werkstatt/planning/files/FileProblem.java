package org.werkstatt.planning.files;

/**
 * A file that cannot be imported at all (empty, not UTF-8, too large, formulas, wrong columns…), with the
 * message key and arguments that say why in the reader's language.
 */
final class FileProblem extends Exception {

	private final String key;
	private final transient Object[] arguments;

	FileProblem(String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = arguments;
	}

	String key() {
		return key;
	}

	Object[] arguments() {
		return arguments;
	}
}
