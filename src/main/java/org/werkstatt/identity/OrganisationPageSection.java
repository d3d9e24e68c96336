package org.werkstatt.identity;

import java.util.Optional;

/**
 * A part another module adds to an organisation's public page ({@code /o/{slug}}), such as a network's plans
 * or its meetings; identity renders it without depending on that module. Implementations are Spring beans,
 * ordered by {@link org.springframework.core.annotation.Order}.
 */
public interface OrganisationPageSection {

	/** The section for this organisation, or empty when it has nothing to show. */
	Optional<Section> of(OrganisationSummary organisation);

	/**
	 * @param template the Thymeleaf template with a fragment {@code section(content)} that renders it
	 * @param content what the fragment shows
	 */
	record Section(String template, Object content) {
	}
}
