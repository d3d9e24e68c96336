package org.werkstatt.catalog.search;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Places left" as the public may read it: the number only while the provider confirmed it within the set time
 * ({@code werkstatt.catalog.places-stale-after}, 14 days), otherwise when it was last confirmed. Stands in for the
 * catalog core's places rule until that one is merged; then this class calls it instead.
 */
@Component
class HonestPlaces {

	private final Duration staleAfter;

	HonestPlaces(@Value("${werkstatt.catalog.places-stale-after:14d}") Duration staleAfter) {
		this.staleAfter = staleAfter;
	}

	/**
	 * @param number          the places left, only when confirmed recently
	 * @param unconfirmedSince when a number older than the limit was last confirmed (null: never, or nothing said)
	 * @param stated          whether the provider states places at all
	 */
	record Places(@Nullable Integer number, @Nullable Instant unconfirmedSince, boolean stated) {

		public boolean confirmed() {
			return number != null;
		}
	}

	Places of(@Nullable Integer available, @Nullable Instant confirmedAt, Instant now) {
		if (available == null) {
			return new Places(null, null, false);
		}
		if (confirmedAt != null && !confirmedAt.isBefore(now.minus(staleAfter))) {
			return new Places(available, null, true);
		}
		return new Places(null, confirmedAt, true);
	}
}
