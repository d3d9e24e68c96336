package org.werkstatt.catalog.offer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.web.SiteTime;

/**
 * The site's limit after which a run's free places are no longer shown as a number
 * ({@code werkstatt.catalog.places-stale-after}, 14 days unless set), and the site's today for the
 * runs' status. Used as {@code @placesRule} in templates.
 */
@Component("placesRule")
public class PlacesRule {

	/**
	 * The condition on runs {@code r} whose places need confirming, with three parameters from
	 * {@link #sqlParameters()}: today twice and the oldest confirmation still fresh.
	 */
	static final String NEEDS_CONFIRMATION_SQL = """
			r.cancelled_at is null and r.places_available is not null and (r.end_date is null or r.end_date >= ?)
			 and (r.start_date is null or r.start_date > ? or r.rolling_entry)
			 and (r.places_confirmed_at is null or r.places_confirmed_at < ?)""";

	private final Duration staleAfter;
	private final SiteTime siteTime;
	private final Clock clock;

	PlacesRule(@Value("${werkstatt.catalog.places-stale-after:14d}") Duration staleAfter, SiteTime siteTime) {
		this.staleAfter = staleAfter;
		this.siteTime = siteTime;
		this.clock = Clock.systemUTC();
	}

	public Duration staleAfter() {
		return staleAfter;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(siteTime.zone()));
	}

	/** The site's time zone. */
	public java.time.ZoneId zone() {
		return siteTime.zone();
	}

	public Places places(Run run) {
		return Places.of(run, clock.instant(), staleAfter);
	}

	public RunStatus status(Run run) {
		return RunStatus.of(run, today());
	}

	public boolean needsConfirmation(Run run) {
		return Places.needConfirmation(run, clock.instant(), staleAfter, today());
	}

	/** The confirmation date in the site's time zone, for "not confirmed since". */
	public LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, siteTime.zone());
	}

	List<Object> sqlParameters() {
		LocalDate today = today();
		return List.of(today, today, java.sql.Timestamp.from(clock.instant().minus(staleAfter)));
	}
}
