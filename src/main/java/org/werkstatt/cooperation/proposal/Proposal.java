package org.werkstatt.cooperation.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.cooperation.agreement.ChangeKind;
import org.werkstatt.cooperation.participant.ExitDestination;
import org.werkstatt.cooperation.participant.StatusReason;

/** A proposal as stored. */
public record Proposal(UUID id, UUID participantId, ChangeKind kind, ProposalStatus status, String reason,
		@Nullable LocalDate newDate, @Nullable BigDecimal newHours, @Nullable StatusReason endReason,
		@Nullable ExitDestination endDestination, LocalDate dueOn, Instant proposedAt, UUID proposedBy,
		@Nullable Instant decidedAt, @Nullable UUID decidedBy, @Nullable String decisionNote) {

	public boolean open() {
		return status == ProposalStatus.OPEN;
	}

	/** Whether the answer is overdue on this day: open after its due day. */
	public boolean overdueOn(LocalDate day) {
		return open() && day.isAfter(dueOn);
	}
}
