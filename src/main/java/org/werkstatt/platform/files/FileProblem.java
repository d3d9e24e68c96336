package org.werkstatt.platform.files;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * A file that cannot be imported at all (empty, not UTF-8, too large, formulas, wrong columns…), with the
 * message key and arguments that say why in the reader's language.
 */
public final class FileProblem extends Exception {

	private final String key;
	private final transient Object[] arguments;

	public FileProblem(String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = arguments;
	}

	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments;
	}

	/**
	 * The message in the reader's language. An argument may be a list of resolvable messages (the unknown
	 * columns, each quoted the reader's way), shown separated by commas.
	 */
	public String text(MessageSource messages, Locale locale) {
		Object[] resolved = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			resolved[i] = arguments[i] instanceof List<?> items ? items.stream()
				.map(item -> item instanceof MessageSourceResolvable r ? messages.getMessage(r, locale) : String.valueOf(item))
				.collect(Collectors.joining(", ")) : arguments[i];
		}
		return messages.getMessage(key, resolved, locale);
	}
}
