package org.werkstatt.cooperation.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The status model: which changes are allowed, and which need a reason, a note or a destination. */
class StatusRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void finalStatusesLeadNowhere() {
		for (ParticipantStatus status : ParticipantStatus.values()) {
			assertThat(status.next().isEmpty()).as(status.name()).isEqualTo(status.isFinal());
		}
	}

	@Test
	void anAssignedPersonCannotEndWithoutHavingParticipated() {
		StatusChange end = new StatusChange(ParticipantStatus.ENDED, StatusReason.COMPLETED, null, ExitDestination.EMPLOYMENT, TODAY);
		assertThat(end.problems(ParticipantStatus.ASSIGNED, TODAY)).extracting(StatusChange.Problem::messageKey)
			.containsExactly("cooperation.status.notAllowed");
		assertThat(end.problems(ParticipantStatus.PARTICIPATING, TODAY)).isEmpty();
		assertThat(end.problems(ParticipantStatus.INTERRUPTED, TODAY)).isEmpty();
		assertThat(end.problems(ParticipantStatus.ENDED, TODAY)).isNotEmpty();
	}

	@Test
	void interruptionAndEndNeedAReasonOfTheirOwn() {
		assertThat(new StatusChange(ParticipantStatus.INTERRUPTED, null, null, null, TODAY).problems(ParticipantStatus.PARTICIPATING, TODAY))
			.extracting(StatusChange.Problem::field).containsExactly("reason");
		assertThat(new StatusChange(ParticipantStatus.INTERRUPTED, StatusReason.COMPLETED, null, null, TODAY)
			.problems(ParticipantStatus.PARTICIPATING, TODAY)).extracting(StatusChange.Problem::messageKey)
			.containsExactly("cooperation.status.reasonNotForStatus");
		assertThat(new StatusChange(ParticipantStatus.INTERRUPTED, StatusReason.PARENTAL_LEAVE, null, null, TODAY)
			.problems(ParticipantStatus.PARTICIPATING, TODAY)).isEmpty();
		assertThat(new StatusChange(ParticipantStatus.ENDED, StatusReason.DROPPED_OUT, null, null, TODAY)
			.problems(ParticipantStatus.PARTICIPATING, TODAY)).extracting(StatusChange.Problem::field).containsExactly("destination");
	}

	@Test
	void otherAndMistakeNeedANote() {
		assertThat(new StatusChange(ParticipantStatus.INTERRUPTED, StatusReason.OTHER, " ", null, TODAY)
			.problems(ParticipantStatus.PARTICIPATING, TODAY)).extracting(StatusChange.Problem::field).containsExactly("note");
		assertThat(new StatusChange(ParticipantStatus.REGISTERED_BY_MISTAKE, null, null, null, TODAY)
			.problems(ParticipantStatus.ASSIGNED, TODAY)).extracting(StatusChange.Problem::field).containsExactly("note");
		assertThat(new StatusChange(ParticipantStatus.REGISTERED_BY_MISTAKE, null, "falsche Person", null, TODAY)
			.problems(ParticipantStatus.ASSIGNED, TODAY)).isEmpty();
	}

	@Test
	void aDestinationOnlyWhenEndedAndADateWithinAYear() {
		assertThat(new StatusChange(ParticipantStatus.PARTICIPATING, null, null, ExitDestination.EMPLOYMENT, TODAY)
			.problems(ParticipantStatus.ASSIGNED, TODAY)).extracting(StatusChange.Problem::field).containsExactly("destination");
		assertThat(new StatusChange(ParticipantStatus.PARTICIPATING, null, null, null, TODAY.plusYears(2))
			.problems(ParticipantStatus.ASSIGNED, TODAY)).extracting(StatusChange.Problem::field).containsExactly("validFrom");
	}
}
