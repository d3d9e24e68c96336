package org.werkstatt.workshop;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A part another module adds to the public page of an event or of a series, below the workshop's own
 * content (planning adds "at this meeting: status of the plan"). The workshop knows nothing of what the
 * part shows: its implementation gives the heading, texts and links already in the reader's language,
 * and only what the visitor may see.
 */
public interface EventPageSection {

	/** The sections for an event's page; empty when there is nothing to add. */
	List<Section> ofEvent(UUID eventId);

	/** The sections for a series' page; empty when there is nothing to add. */
	List<Section> ofSeries(UUID seriesId);

	/** A heading with the things it points to. */
	record Section(String heading, List<Entry> entries) {
	}

	/** One thing a section points to, with an optional line of text and further links. */
	record Entry(String title, String href, @Nullable String text, List<Link> links) {
	}

	record Link(String label, String href) {
	}
}
