package org.werkstatt.cooperation.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.werkstatt.cooperation.agreement.ChangeKind;
import org.werkstatt.cooperation.participant.ExitDestination;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantStatus;
import org.werkstatt.cooperation.participant.StatusChange;
import org.werkstatt.cooperation.participant.StatusReason;

/**
 * The rules of proposals, without a database: what a proposal of each kind needs, whether it needs a decision, when
 * the answer is due, and what approving it changes. Checked when the provider proposes and again when the jobcenter
 * approves (the participation may have changed meanwhile).
 */
final class ProposalRules {

	/** Days the jobcenter has to answer an open proposal (eM@w: a notice with a decision to follow). */
	static final int ANSWER_DAYS = 7;

	static final BigDecimal MIN_HOURS = BigDecimal.ONE;
	static final BigDecimal MAX_HOURS = BigDecimal.valueOf(60);

	private ProposalRules() {
	}

	/** What a proposal asks for (the fields its kind does not use are null). */
	record Content(ChangeKind kind, String reason, @Nullable LocalDate newDate, @Nullable BigDecimal newHours,
			@Nullable StatusReason endReason, @Nullable ExitDestination endDestination) {
	}

	/** A rule a proposal breaks: the form field and the message key. */
	record Problem(String field, String messageKey) {
	}

	static boolean usesDate(@Nullable ChangeKind kind) {
		return kind == ChangeKind.EXTEND || kind == ChangeKind.END || kind == ChangeKind.CHANGE_START
				|| kind == ChangeKind.CHANGE_END;
	}

	/** Whether a proposal of this kind waits for the jobcenter (else the provider's change is applied at once). */
	static boolean needsDecision(ChangeKind kind, Set<ChangeKind> decisionRequired) {
		return kind == ChangeKind.OTHER || decisionRequired.contains(kind);
	}

	static LocalDate dueOn(LocalDate proposedOn) {
		return proposedOn.plusDays(ANSWER_DAYS);
	}

	/** What is wrong with the proposal for this participation on this day; empty when it may be made (or applied). */
	static List<Problem> problems(Content c, Participant p, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (p.status().isFinal()) {
			problems.add(new Problem("kind", "proposal.participationEnded"));
			return problems;
		}
		if (c.reason().isBlank()) {
			problems.add(new Problem("reason", "validation.required"));
		}
		else if (c.reason().length() > 2000) {
			problems.add(new Problem("reason", "validation.tooLong"));
		}
		LocalDate date = c.newDate();
		if (usesDate(c.kind())) {
			if (date == null) {
				problems.add(new Problem("newDate", "proposal.dateRequired"));
			}
			else if (date.isBefore(today.minusDays(366)) || date.isAfter(today.plusYears(3))) {
				problems.add(new Problem("newDate", "proposal.dateOutOfRange"));
				date = null;
			}
		}
		LocalDate start = p.startDate();
		LocalDate plannedEnd = p.plannedEndDate();
		switch (c.kind()) {
			case EXTEND -> {
				if (date != null && plannedEnd != null && !date.isAfter(plannedEnd)) {
					problems.add(new Problem("newDate", "proposal.extendNotLater"));
				}
			}
			case CHANGE_END -> {
				if (date != null && date.equals(plannedEnd)) {
					problems.add(new Problem("newDate", "proposal.sameDate"));
				}
				else if (date != null && start != null && date.isBefore(start)) {
					problems.add(new Problem("newDate", "proposal.endBeforeStart"));
				}
			}
			case CHANGE_START -> {
				if (date != null && date.equals(start)) {
					problems.add(new Problem("newDate", "proposal.sameDate"));
				}
				else if (date != null && plannedEnd != null && date.isAfter(plannedEnd)) {
					problems.add(new Problem("newDate", "proposal.startAfterEnd"));
				}
			}
			case CHANGE_HOURS -> {
				BigDecimal hours = c.newHours();
				if (hours == null) {
					problems.add(new Problem("newHours", "proposal.hoursRequired"));
				}
				else if (hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0) {
					problems.add(new Problem("newHours", "proposal.hoursRange"));
				}
			}
			case END -> {
				if (date != null && start != null && date.isBefore(start)) {
					problems.add(new Problem("newDate", "proposal.endBeforeStart"));
				}
				if (date != null) {
					for (StatusChange.Problem problem : ending(c, date).problems(p.status(), today)) {
						problems.add(new Problem(switch (problem.field()) {
							case "reason" -> "endReason";
							case "destination" -> "endDestination";
							case "validFrom" -> "newDate";
							case "note" -> "reason";
							default -> "kind";
						}, "cooperation.status.notAllowed".equals(problem.messageKey()) ? "proposal.endNotAllowed"
								: problem.messageKey()));
					}
				}
			}
			case OTHER -> {
			}
		}
		return problems.stream().distinct().toList();
	}

	/** The status change an approved END proposal makes: ended on the proposed day, with its reason and destination. */
	static StatusChange ending(Content c, LocalDate lastDay) {
		String note = c.reason().length() > 1000 ? c.reason().substring(0, 1000) : c.reason();
		return new StatusChange(ParticipantStatus.ENDED, c.endReason(), note, c.endDestination(), lastDay);
	}

	/** Whether the jobcenter may still decide on the proposal (only an open one). */
	static boolean decidable(Proposal proposal) {
		return proposal.open();
	}

	/** Whether the provider may withdraw it (only an open one). */
	static boolean withdrawable(Proposal proposal) {
		return proposal.open();
	}

	/** A rejection needs a reason; an approval's note is optional. Null when the decision's note is fine. */
	static @Nullable String decisionProblem(boolean approve, @Nullable String note) {
		if (!approve && (note == null || note.isBlank())) {
			return "proposal.rejectReasonRequired";
		}
		if (note != null && note.strip().length() > 2000) {
			return "validation.tooLong";
		}
		return null;
	}

	static Content content(Proposal p) {
		return new Content(p.kind(), p.reason(), p.newDate(), p.newHours(), p.endReason(), p.endDestination());
	}
}
