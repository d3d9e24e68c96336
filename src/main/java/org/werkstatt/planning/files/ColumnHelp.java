package org.werkstatt.planning.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** A column of the import file as the import page explains it: its heading in the three languages, and what it holds. */
record ColumnHelp(String german, String danish, String english, String hintKey) {

	static List<ColumnHelp> all(MessageSource messages) {
		return Arrays.stream(Column.values())
			.map(column -> new ColumnHelp(messages.getMessage(column.messageKey(), null, Locale.GERMAN),
					messages.getMessage(column.messageKey(), null, Locale.of("da")),
					messages.getMessage(column.messageKey(), null, Locale.ENGLISH), column.messageKey() + ".hint"))
			.toList();
	}
}
