package org.werkstatt.cooperation.story;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.werkstatt.cooperation.participant.ConsentWithdrawn;

/** A withdrawn consent withdraws the success story on it at once, in the same transaction: its text is erased. */
@Component
class StoryWithdrawal {

	private final StoryStore stories;

	StoryWithdrawal(StoryStore stories) {
		this.stories = stories;
	}

	@EventListener
	void on(ConsentWithdrawn withdrawn) {
		stories.withdrawFor(withdrawn.consentId());
	}
}
