package org.werkstatt.catalog.files;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the items of an import are checked against, loaded once for the whole file: the active legal bases,
 * the importing organisation's offers and runs by their external ids, and today.
 *
 * @param runs a run's id by its offer's and its own external id ({@link #runKey})
 */
record ImportContext(List<String> legalBases, Map<String, Existing> offers, Map<String, UUID> runs, LocalDate today,
		Vocabulary vocabulary) {

	/** An offer of the organisation: its id and title. */
	record Existing(UUID id, String title) {
	}

	static String runKey(String offerExternalId, String runExternalId) {
		return offerExternalId + "\n" + runExternalId;
	}
}
