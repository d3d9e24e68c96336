package org.werkstatt.cooperation.story;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationPageSection;
import org.werkstatt.identity.OrganisationSummary;

/** The published success stories of a provider's participants on the provider's public page ({@code /o/{slug}}). */
@Component
@Order(40)
class ProviderStories implements OrganisationPageSection {

	private final StoryStore stories;

	ProviderStories(StoryStore stories) {
		this.stories = stories;
	}

	@Override
	public Optional<Section> of(OrganisationSummary organisation) {
		List<StoryStore.PublicStory> published = stories.publishedOfProvider(organisation.id(), 6);
		return published.isEmpty() ? Optional.empty()
				: Optional.of(new Section("cooperation/story/organisation-stories", published));
	}
}
