package org.werkstatt.cooperation.story;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.NotFoundException;

/**
 * The public pages of published success stories: one story ({@code /stories/{id}}) and a programme's stories
 * ({@code /programmes/{agreementId}/stories}). Only stories that are published and whose consent is still valid;
 * anything else is "not found". They name the pseudonym, never the participant.
 */
@Controller
class PublicStoryPages {

	private final StoryStore stories;
	private final Organisations organisations;

	PublicStoryPages(StoryStore stories, Organisations organisations) {
		this.stories = stories;
		this.organisations = organisations;
	}

	@GetMapping("/stories/{id}")
	String story(@PathVariable UUID id, Model model) {
		StoryStore.PublicStory story = stories.published(id).orElseThrow(NotFoundException::new);
		model.addAttribute("story", story);
		model.addAttribute("provider", organisations.byId(story.providerId()).orElseThrow(NotFoundException::new));
		return "cooperation/story/public-story";
	}

	@GetMapping("/programmes/{agreementId}/stories")
	String programme(@PathVariable UUID agreementId, Model model) {
		List<StoryStore.PublicStory> published = stories.publishedOfAgreement(agreementId);
		if (published.isEmpty()) {
			throw new NotFoundException();
		}
		model.addAttribute("stories", published);
		model.addAttribute("programme", published.getFirst().agreementTitle());
		model.addAttribute("provider", organisations.byId(published.getFirst().providerId()).orElseThrow(NotFoundException::new));
		return "cooperation/story/public-programme";
	}
}
