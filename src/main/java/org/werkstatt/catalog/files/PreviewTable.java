package org.werkstatt.catalog.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The preview as the page shows it, in the reader's language: the offers and the runs of the file, each with
 * what confirming will do with it and, field by field, what is wrong with it; and the openQ-cat elements that
 * are not imported, with their counts.
 */
record PreviewTable(String fileName, String format, List<Line> offers, List<Line> runs, Map<String, Integer> notImported,
		int items, long itemsWithProblems) {

	/**
	 * @param id     the offer's or the run's external id
	 * @param title  the offer's title (a run's offer)
	 * @param detail a run's dates and place; empty for an offer
	 */
	record Line(int line, boolean ok, String id, String title, String detail, String action, List<String> problems) {
	}

	static PreviewTable of(CatalogImports.Preview preview, MessageSource messages, Locale locale) {
		return new PreviewTable(preview.stored().fileName(), preview.stored().file().format(),
				lines(preview.of(ItemKind.OFFER), messages, locale), lines(preview.of(ItemKind.RUN), messages, locale),
				preview.stored().file().notImported(), preview.items().size(), preview.itemsWithProblems());
	}

	private static List<Line> lines(List<CheckedItem> items, MessageSource messages, Locale locale) {
		List<Line> lines = new ArrayList<>(items.size());
		for (CheckedItem item : items) {
			List<String> problems = item.problems()
				.stream()
				.map(p -> messages.getMessage(p.field().messageKey(), null, locale) + ": "
						+ messages.getMessage(p.key(), p.arguments().toArray(), locale))
				.toList();
			RawItem raw = item.raw();
			String id = raw.kind() == ItemKind.OFFER ? raw.value(Field.OFFER_ID) : raw.value(Field.RUN_ID);
			String detail = raw.kind() == ItemKind.RUN ? detail(raw) : "";
			String action = messages.getMessage(item.action().messageKey(), new Object[] { item.offerTitle() }, locale);
			lines.add(new Line(raw.line(), item.ok(), id, item.offerTitle(), detail, action, problems));
		}
		return lines;
	}

	private static String detail(RawItem run) {
		String dates = run.value(Field.START) + (run.value(Field.END).isEmpty() ? "" : " – " + run.value(Field.END));
		String place = run.value(Field.CITY);
		return (dates.strip() + (place.isEmpty() ? "" : ", " + place)).replaceFirst("^, ", "");
	}
}
