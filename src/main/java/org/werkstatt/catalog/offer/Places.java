package org.werkstatt.catalog.offer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The free places of a run as the public may see them: the number only while the provider confirmed it within
 * the limit ({@code werkstatt.catalog.places-stale-after}); otherwise "not confirmed since" the last
 * confirmation. {@code count} is null when no number is stated or it is stale.
 *
 * @param stated    whether the run states a number of free places at all
 * @param confirmedAt when the number was last confirmed (null: never)
 */
public record Places(boolean stated, @Nullable Integer count, @Nullable Instant confirmedAt, boolean stale) {

	public static Places of(Run run, Instant now, Duration staleAfter) {
		Integer available = run.placesAvailable();
		if (available == null) {
			return new Places(false, null, run.placesConfirmedAt(), false);
		}
		Instant confirmed = run.placesConfirmedAt();
		boolean stale = confirmed == null || confirmed.isBefore(now.minus(staleAfter));
		return new Places(true, stale ? null : available, confirmed, stale);
	}

	/** Whether the number is shown. */
	public boolean shown() {
		return count != null;
	}

	/**
	 * Whether the provider should confirm the run's places: a number is stated and stale, and places still
	 * matter (the run is planned, open or full, or a rolling entry that is running).
	 */
	public static boolean needConfirmation(Run run, Instant now, Duration staleAfter, LocalDate today) {
		if (!of(run, now, staleAfter).stale()) {
			return false;
		}
		RunStatus status = RunStatus.of(run, today);
		return status == RunStatus.PLANNED || status == RunStatus.OPEN || status == RunStatus.FULL
				|| status == RunStatus.RUNNING && run.rollingEntry();
	}

	/** The message key of how the places read: a number, none stated, not confirmed since a date, never confirmed. */
	public String messageKey() {
		if (!stated) {
			return "catalog.run.places.none";
		}
		if (count != null) {
			return "catalog.run.places.count";
		}
		return confirmedAt == null ? "catalog.run.places.unconfirmed" : "catalog.run.places.staleSince";
	}
}
