package org.werkstatt.catalog.files;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.catalog.offer.OfferContent;

/**
 * An offer or run of an import checked against the catalog as it is now: what will happen with it, its content
 * (null while something is wrong), and every problem with the field it is in.
 *
 * @param existingId the offer (for a change of an offer) or run (for a changed run) it changes, null when new
 * @param offerTitle the title of the offer (a run's offer: from the file, or as the catalog has it)
 */
record CheckedItem(RawItem raw, Action action, @Nullable UUID existingId, String offerTitle,
		@Nullable OfferContent offer, @Nullable RunValues run, List<Problem> problems) {

	/** What confirming does with the item. */
	enum Action {
		NEW_OFFER, CHANGE_OFFER, NEW_RUN, CHANGE_RUN;

		String messageKey() {
			return "catalog.import.action." + name();
		}
	}

	/** What is wrong with one field, as a message key with its arguments. */
	record Problem(Field field, String key, List<Object> arguments) {

		static Problem of(Field field, String key, Object... arguments) {
			return new Problem(field, key, List.of(arguments));
		}
	}

	boolean ok() {
		return problems.isEmpty();
	}
}
