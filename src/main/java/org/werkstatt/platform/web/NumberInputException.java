package org.werkstatt.platform.web;

import java.util.List;

/**
 * A typed number that does not read as a number in the reader's language: a message key and its
 * arguments (the text as typed first, then what it could have meant), for a field error next to the field.
 */
public final class NumberInputException extends IllegalArgumentException {

	private final String messageKey;

	private final List<String> arguments;

	NumberInputException(String messageKey, String... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
