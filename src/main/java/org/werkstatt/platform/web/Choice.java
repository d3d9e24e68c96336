package org.werkstatt.platform.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** One option of a select whose values are not an enum (ids of records the page lists), for forms :: choiceSelect. */
public record Choice(String value, String label) {

	public static <T> List<Choice> of(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
		return items.stream().map(item -> new Choice(String.valueOf(value.apply(item)), label.apply(item))).toList();
	}
}
