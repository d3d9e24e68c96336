package org.werkstatt.planning.meeting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanAccess;

/**
 * A plan on the big screen at a public meeting ({@code /plans/{id}/present}): one slide a page, chosen by
 * {@code ?slide=N} (from 1), with previous and next links that the arrow and page keys follow. Whoever
 * may read the plan may present it ({@link PlanAccess}); for anyone else it is "not found".
 */
@Controller
class PresentationPages {

	private final PlanAccess access;
	private final PlanDecks decks;

	PresentationPages(PlanAccess access, PlanDecks decks) {
		this.access = access;
		this.decks = decks;
	}

	/** A slide number that is no number, or out of range, shows the nearest slide rather than an error. */
	@GetMapping("/plans/{id}/present")
	String present(@PathVariable UUID id, @RequestParam(required = false) @Nullable String slide, Model model) {
		Plan plan = access.readable(id);
		PlanDeck deck = decks.deck(plan);
		int number = Math.clamp(number(slide), 1, deck.slides().size());
		model.addAttribute("deck", deck);
		model.addAttribute("number", number);
		model.addAttribute("slide", deck.slides().get(number - 1));
		return "planning/meeting/present";
	}

	private static int number(@Nullable String value) {
		try {
			return value == null ? 1 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}
}
