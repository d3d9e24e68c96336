package org.werkstatt.identity;

import java.util.List;

/**
 * Something waiting for a person: a message with its arguments ("12 ideas wait for a decision") and the
 * page where it is done.
 */
public record WorkTask(String messageKey, List<Object> arguments, String href) {

	public static WorkTask count(String messageKey, long count, String href) {
		return new WorkTask(messageKey, List.of(count), href);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
