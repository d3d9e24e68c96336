package org.werkstatt.cooperation.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A change of a participant's status, as the jobcenter enters it.
 *
 * @param note a free text: required with the reason OTHER and for "registered by mistake"
 * @param destination where the person went: required when the participation ends
 */
public record StatusChange(ParticipantStatus status, @Nullable StatusReason reason, @Nullable String note,
		@Nullable ExitDestination destination, LocalDate validFrom) {

	/** A rule a change breaks: the form field and the message key. */
	public record Problem(String field, String messageKey) {
	}

	/** What is wrong with changing from the current status on the day {@code today}; empty when the change is allowed. */
	public List<Problem> problems(ParticipantStatus current, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (!current.next().contains(status)) {
			problems.add(new Problem("status", "cooperation.status.notAllowed"));
			return problems;
		}
		if (!status.reasons().isEmpty() && reason == null) {
			problems.add(new Problem("reason", "cooperation.status.reasonRequired"));
		}
		if (reason != null && !status.reasons().contains(reason)) {
			problems.add(new Problem("reason", "cooperation.status.reasonNotForStatus"));
		}
		boolean noteRequired = reason == StatusReason.OTHER || status == ParticipantStatus.REGISTERED_BY_MISTAKE;
		if (noteRequired && (note == null || note.isBlank())) {
			problems.add(new Problem("note", "cooperation.status.noteRequired"));
		}
		if (status == ParticipantStatus.ENDED && destination == null) {
			problems.add(new Problem("destination", "cooperation.status.destinationRequired"));
		}
		if (status != ParticipantStatus.ENDED && destination != null) {
			problems.add(new Problem("destination", "cooperation.status.destinationOnlyWhenEnded"));
		}
		if (validFrom.isAfter(today.plusDays(366)) || validFrom.isBefore(today.minusDays(366))) {
			problems.add(new Problem("validFrom", "cooperation.status.dateOutOfRange"));
		}
		return problems;
	}
}
