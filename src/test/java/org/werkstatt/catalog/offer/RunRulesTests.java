package org.werkstatt.catalog.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The derived status of a run and when its free places are shown. */
class RunRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
	private static final Instant NOW = Instant.parse("2026-05-10T10:00:00Z");
	private static final Duration LIMIT = Duration.ofDays(14);

	@Test
	void cancelledWinsOverEverything() {
		Run run = run(TODAY.minusDays(5), TODAY.plusDays(5), false, null, 3, true, Instant.parse("2026-05-01T00:00:00Z"), null);
		assertThat(RunStatus.of(run, TODAY)).isEqualTo(RunStatus.CANCELLED);
	}

	@Test
	void endedAfterTheEndDayRunningFromTheStartDay() {
		assertThat(RunStatus.of(run(TODAY.minusDays(20), TODAY.minusDays(1)), TODAY)).isEqualTo(RunStatus.ENDED);
		assertThat(RunStatus.of(run(TODAY.minusDays(20), TODAY), TODAY)).isEqualTo(RunStatus.RUNNING);
		assertThat(RunStatus.of(run(TODAY, TODAY.plusDays(30)), TODAY)).isEqualTo(RunStatus.RUNNING);
		assertThat(RunStatus.of(run(TODAY.minusDays(3), null), TODAY)).isEqualTo(RunStatus.RUNNING);
	}

	@Test
	void rollingEntryWithoutAStartRunsContinuously() {
		assertThat(RunStatus.of(run(null, null, true, null, 0, true, null, null), TODAY)).isEqualTo(RunStatus.RUNNING);
		assertThat(RunStatus.of(run(null, TODAY.minusDays(1), true, null, 4, true, null, null), TODAY)).isEqualTo(RunStatus.ENDED);
	}

	@Test
	void beforeTheStartFullOpenOrPlanned() {
		LocalDate start = TODAY.plusDays(10);
		assertThat(RunStatus.of(run(start, null, false, null, 0, true, null, null), TODAY)).isEqualTo(RunStatus.FULL);
		assertThat(RunStatus.of(run(start, null, false, null, 0, false, null, null), TODAY)).isEqualTo(RunStatus.FULL);
		assertThat(RunStatus.of(run(start, null, false, null, 5, true, null, null), TODAY)).isEqualTo(RunStatus.OPEN);
		assertThat(RunStatus.of(run(start, null, false, null, null, true, null, null), TODAY)).isEqualTo(RunStatus.OPEN);
		assertThat(RunStatus.of(run(start, null, false, TODAY, 5, true, null, null), TODAY)).isEqualTo(RunStatus.OPEN);
		assertThat(RunStatus.of(run(start, null, false, TODAY.minusDays(1), 5, true, null, null), TODAY))
			.isEqualTo(RunStatus.PLANNED);
		assertThat(RunStatus.of(run(start, null, false, null, 5, false, null, null), TODAY)).isEqualTo(RunStatus.PLANNED);
	}

	@Test
	void placesAreANumberOnlyWhileConfirmedWithinTheLimit() {
		Instant fresh = NOW.minus(Duration.ofDays(13));
		Places places = Places.of(run(TODAY.plusDays(3), null, false, null, 4, true, null, fresh), NOW, LIMIT);
		assertThat(places.shown()).isTrue();
		assertThat(places.count()).isEqualTo(4);
		assertThat(places.messageKey()).isEqualTo("catalog.run.places.count");

		Instant old = NOW.minus(Duration.ofDays(15));
		Places stale = Places.of(run(TODAY.plusDays(3), null, false, null, 4, true, null, old), NOW, LIMIT);
		assertThat(stale.shown()).isFalse();
		assertThat(stale.stale()).isTrue();
		assertThat(stale.confirmedAt()).isEqualTo(old);
		assertThat(stale.messageKey()).isEqualTo("catalog.run.places.staleSince");

		Places never = Places.of(run(TODAY.plusDays(3), null, false, null, 4, true, null, null), NOW, LIMIT);
		assertThat(never.shown()).isFalse();
		assertThat(never.messageKey()).isEqualTo("catalog.run.places.unconfirmed");

		Places none = Places.of(run(TODAY.plusDays(3), null, false, null, null, true, null, null), NOW, LIMIT);
		assertThat(none.stated()).isFalse();
		assertThat(none.stale()).isFalse();
		assertThat(none.messageKey()).isEqualTo("catalog.run.places.none");

		Places exactlyAtTheLimit = Places.of(run(TODAY.plusDays(3), null, false, null, 0, true, null, NOW.minus(LIMIT)), NOW,
				LIMIT);
		assertThat(exactlyAtTheLimit.count()).isZero();
	}

	@Test
	void confirmationIsAskedOnlyWhilePlacesStillMatter() {
		Instant old = NOW.minus(Duration.ofDays(30));
		assertThat(Places.needConfirmation(run(TODAY.plusDays(3), null, false, null, 4, true, null, old), NOW, LIMIT, TODAY))
			.isTrue();
		assertThat(Places.needConfirmation(run(TODAY.plusDays(3), null, false, null, 0, true, null, old), NOW, LIMIT, TODAY))
			.as("a full run should say so while it is true").isTrue();
		assertThat(Places.needConfirmation(run(null, null, true, null, 2, true, null, old), NOW, LIMIT, TODAY))
			.as("rolling entry takes people while it runs").isTrue();
		assertThat(Places.needConfirmation(run(TODAY.minusDays(3), TODAY.plusDays(30), false, null, 2, true, null, old), NOW,
				LIMIT, TODAY)).as("a run that has begun takes nobody").isFalse();
		assertThat(Places.needConfirmation(run(TODAY.plusDays(3), null, false, null, 4, true, NOW, old), NOW, LIMIT, TODAY))
			.as("cancelled").isFalse();
		assertThat(Places.needConfirmation(run(TODAY.plusDays(3), null, false, null, 4, true, null, NOW), NOW, LIMIT, TODAY))
			.as("fresh").isFalse();
	}

	private static Run run(@Nullable LocalDate start, @Nullable LocalDate end) {
		return run(start, end, false, null, 5, true, null, null);
	}

	private static Run run(@Nullable LocalDate start, @Nullable LocalDate end, boolean rolling, @Nullable LocalDate deadline,
			@Nullable Integer places, boolean enrolmentOpen, @Nullable Instant cancelledAt, @Nullable Instant confirmedAt) {
		return new Run(UUID.randomUUID(), UUID.randomUUID(), null, null, null, "Hafenstadt", null, null, null, null, start, end,
				rolling, null, deadline, null, 12, places, confirmedAt, enrolmentOpen, null, null, false, cancelledAt,
				cancelledAt == null ? null : "Zu wenige Anmeldungen", NOW, NOW);
	}
}
