package org.werkstatt.cooperation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.werkstatt.cooperation.agreement.ChangeKind;
import org.werkstatt.cooperation.participant.ExitDestination;
import org.werkstatt.cooperation.participant.Gender;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantStatus;
import org.werkstatt.cooperation.participant.StatusReason;

/** The proposal rules without a database. */
class ProposalRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	static Participant participant(ParticipantStatus status, @Nullable LocalDate start, @Nullable LocalDate plannedEnd) {
		return new Participant(UUID.randomUUID(), UUID.randomUUID(), null, "Ayla", "Beispiel", null, null,
				LocalDate.of(1990, 1, 1), Gender.WOMAN, "de", status, null, null, TODAY.minusDays(30), start, plannedEnd, null,
				status.isFinal() ? TODAY.minusDays(3) : null);
	}

	static ProposalRules.Content content(ChangeKind kind, @Nullable LocalDate date) {
		return new ProposalRules.Content(kind, "Weil es nötig ist.", date, null, null, null);
	}

	static List<String> keys(ProposalRules.Content c, Participant p) {
		return ProposalRules.problems(c, p, TODAY).stream().map(ProposalRules.Problem::messageKey).toList();
	}

	final Participant running = participant(ParticipantStatus.PARTICIPATING, TODAY.minusMonths(3), TODAY.plusMonths(2));

	@Test
	void aProposalOnAnEndedParticipationIsRefusedWhateverItsKind() {
		for (ParticipantStatus status : List.of(ParticipantStatus.ENDED, ParticipantStatus.NOT_RELEVANT,
				ParticipantStatus.REGISTERED_BY_MISTAKE)) {
			Participant ended = participant(status, TODAY.minusMonths(3), TODAY.plusMonths(2));
			for (ChangeKind kind : ChangeKind.values()) {
				assertThat(keys(content(kind, TODAY.plusMonths(4)), ended)).as(status + " " + kind)
					.containsExactly("proposal.participationEnded");
			}
		}
	}

	@Test
	void anExtensionMustLieAfterThePlannedEnd() {
		assertThat(keys(content(ChangeKind.EXTEND, TODAY.plusMonths(4)), running)).isEmpty();
		assertThat(keys(content(ChangeKind.EXTEND, TODAY.plusMonths(2)), running)).containsExactly("proposal.extendNotLater");
		assertThat(keys(content(ChangeKind.EXTEND, TODAY.plusMonths(1)), running)).containsExactly("proposal.extendNotLater");
		assertThat(keys(content(ChangeKind.EXTEND, null), running)).containsExactly("proposal.dateRequired");
		assertThat(keys(content(ChangeKind.EXTEND, TODAY.plusYears(4)), running)).containsExactly("proposal.dateOutOfRange");
	}

	@Test
	void startAndEndStayInOrderAndMustChange() {
		assertThat(keys(content(ChangeKind.CHANGE_END, TODAY.plusMonths(2)), running)).containsExactly("proposal.sameDate");
		assertThat(keys(content(ChangeKind.CHANGE_END, TODAY.minusMonths(4)), running)).containsExactly("proposal.endBeforeStart");
		assertThat(keys(content(ChangeKind.CHANGE_END, TODAY.plusMonths(1)), running)).isEmpty();
		assertThat(keys(content(ChangeKind.CHANGE_START, TODAY.plusMonths(3)), running)).containsExactly("proposal.startAfterEnd");
		assertThat(keys(content(ChangeKind.CHANGE_START, TODAY.minusMonths(2)), running)).isEmpty();
	}

	@Test
	void hoursMustLieBetweenOneAndSixty() {
		ProposalRules.Content none = new ProposalRules.Content(ChangeKind.CHANGE_HOURS, "Kurs fällt weg", null, null, null, null);
		assertThat(keys(none, running)).containsExactly("proposal.hoursRequired");
		for (String bad : List.of("0.5", "60.01", "-3")) {
			assertThat(keys(new ProposalRules.Content(ChangeKind.CHANGE_HOURS, "x", null, new BigDecimal(bad), null, null), running))
				.as(bad).containsExactly("proposal.hoursRange");
		}
		assertThat(keys(new ProposalRules.Content(ChangeKind.CHANGE_HOURS, "x", null, new BigDecimal("19.5"), null, null), running))
			.isEmpty();
	}

	@Test
	void endingFollowsTheStatusModel() {
		ProposalRules.Content complete = new ProposalRules.Content(ChangeKind.END, "Arbeitsvertrag ab Montag", TODAY,
				null, StatusReason.COMPLETED, ExitDestination.EMPLOYMENT);
		assertThat(keys(complete, running)).isEmpty();
		assertThat(keys(complete, participant(ParticipantStatus.INTERRUPTED, TODAY.minusMonths(3), null))).isEmpty();
		assertThat(keys(complete, participant(ParticipantStatus.WAITING_FOR_START, null, null)))
			.containsExactly("proposal.endNotAllowed");
		ProposalRules.Content bare = new ProposalRules.Content(ChangeKind.END, "Abbruch", TODAY, null, null, null);
		assertThat(ProposalRules.problems(bare, running, TODAY)).extracting(ProposalRules.Problem::field)
			.contains("endReason", "endDestination");
		ProposalRules.Content wrongReason = new ProposalRules.Content(ChangeKind.END, "x", TODAY, null, StatusReason.SICKNESS,
				ExitDestination.UNKNOWN);
		assertThat(keys(wrongReason, running)).containsExactly("cooperation.status.reasonNotForStatus");
		assertThat(ProposalRules.ending(complete, TODAY).status()).isEqualTo(ParticipantStatus.ENDED);
		assertThat(ProposalRules.ending(complete, TODAY).destination()).isEqualTo(ExitDestination.EMPLOYMENT);
	}

	@Test
	void aReasonIsAlwaysNeeded() {
		ProposalRules.Content blank = new ProposalRules.Content(ChangeKind.OTHER, "  ", null, null, null, null);
		assertThat(keys(blank, running)).containsExactly("validation.required");
		ProposalRules.Content other = new ProposalRules.Content(ChangeKind.OTHER, "Gespräch bitte", null, null, null, null);
		assertThat(keys(other, running)).isEmpty();
	}

	@Test
	void whatNeedsADecisionComesFromTheAgreementAndOtherAlwaysDoes() {
		EnumSet<ChangeKind> required = EnumSet.of(ChangeKind.EXTEND, ChangeKind.END);
		assertThat(ProposalRules.needsDecision(ChangeKind.EXTEND, required)).isTrue();
		assertThat(ProposalRules.needsDecision(ChangeKind.CHANGE_HOURS, required)).isFalse();
		assertThat(ProposalRules.needsDecision(ChangeKind.OTHER, EnumSet.noneOf(ChangeKind.class))).isTrue();
	}

	@Test
	void anOpenProposalIsDueAfterSevenDaysAndOnlyAnOpenOneIsDecidedOrWithdrawn() {
		assertThat(ProposalRules.dueOn(TODAY)).isEqualTo(TODAY.plusDays(7));
		Proposal open = proposal(ProposalStatus.OPEN, TODAY.minusDays(1));
		assertThat(open.overdueOn(TODAY)).isTrue();
		assertThat(open.overdueOn(TODAY.minusDays(1))).isFalse();
		assertThat(ProposalRules.decidable(open)).isTrue();
		assertThat(ProposalRules.withdrawable(open)).isTrue();
		for (ProposalStatus status : List.of(ProposalStatus.APPROVED, ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN,
				ProposalStatus.SUPERSEDED, ProposalStatus.APPLIED)) {
			Proposal closed = proposal(status, TODAY.minusDays(1));
			assertThat(ProposalRules.decidable(closed)).as(status.name()).isFalse();
			assertThat(ProposalRules.withdrawable(closed)).as(status.name()).isFalse();
			assertThat(closed.overdueOn(TODAY)).as(status.name()).isFalse();
		}
	}

	@Test
	void aRejectionNeedsAReason() {
		assertThat(ProposalRules.decisionProblem(false, null)).isEqualTo("proposal.rejectReasonRequired");
		assertThat(ProposalRules.decisionProblem(false, "  ")).isEqualTo("proposal.rejectReasonRequired");
		assertThat(ProposalRules.decisionProblem(false, "Nicht begründet")).isNull();
		assertThat(ProposalRules.decisionProblem(true, null)).isNull();
		assertThat(ProposalRules.decisionProblem(true, "x".repeat(2001))).isEqualTo("validation.tooLong");
	}

	static Proposal proposal(ProposalStatus status, LocalDate due) {
		return new Proposal(UUID.randomUUID(), UUID.randomUUID(), ChangeKind.OTHER, status, "x", null, null, null, null, due,
				java.time.Instant.now(), UUID.randomUUID(), status == ProposalStatus.OPEN ? null : java.time.Instant.now(),
				null, null);
	}
}
