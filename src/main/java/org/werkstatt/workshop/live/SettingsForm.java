package org.werkstatt.workshop.live;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The moderator's settings of a live session. */
record SettingsForm(boolean preModeration,
		@Min(value = 1, message = "{validation.range}") @Max(value = 100, message = "{validation.range}") int dotBudget,
		@Min(value = 1, message = "{validation.range}") @Max(value = 100, message = "{validation.range}") int maxDotsPerIdea,
		@Min(value = 1, message = "{validation.range}") @Max(value = 1000, message = "{validation.range}") int ideasPerMinute,
		@Min(value = 1, message = "{validation.range}") @Max(value = 100000, message = "{validation.range}") int eventIdeasPerMinute,
		@Size(max = 4000, message = "{validation.tooLong}") @Nullable String blockedWords) {

	static SettingsForm of(LiveSession session) {
		return new SettingsForm(session.preModeration(), session.dotBudget(), session.maxDotsPerIdea(),
				session.ideasPerMinute(), session.eventIdeasPerMinute(), session.blockedWords());
	}
}
