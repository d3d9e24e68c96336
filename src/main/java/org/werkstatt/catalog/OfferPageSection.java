package org.werkstatt.catalog;

import java.util.Optional;

/**
 * A part another module adds to an offer's public page ({@code /offers/{id}}), such as the plan's measures the
 * offer implements or the events where it was presented; the catalog renders it without depending on that
 * module. Implementations are Spring beans, ordered by {@link org.springframework.core.annotation.Order}.
 */
public interface OfferPageSection {

	/** The section for this published offer, or empty when it has nothing to show. */
	Optional<Section> of(OfferSummary offer);

	/**
	 * @param template the Thymeleaf template with a fragment {@code section(content)} that renders it
	 * @param content  what the fragment shows
	 */
	record Section(String template, Object content) {
	}
}
