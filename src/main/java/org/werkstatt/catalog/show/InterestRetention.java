package org.werkstatt.catalog.show;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the names and contacts visitors left with their interest once their time is up (by default 90 days
 * after the event, {@code werkstatt.catalog.interest-contacts-kept}); the anonymous count stays. Runs every
 * night, on one node (ShedLock). Logs only how many.
 */
@Component
class InterestRetention {

	private static final Logger log = LoggerFactory.getLogger(InterestRetention.class);

	private final Interests interests;

	InterestRetention(Interests interests) {
		this.interests = interests;
	}

	@Scheduled(cron = "${werkstatt.catalog.interest-retention-cron:0 17 3 * * *}")
	@SchedulerLock(name = "offer-interest-retention", lockAtMostFor = "PT30M")
	void nightly() {
		int erased = erase(Instant.now());
		if (erased > 0) {
			log.info("Erased the contacts of {} interests in offers", erased);
		}
	}

	int erase(Instant now) {
		return interests.eraseContacts(now);
	}
}
