package org.werkstatt.cooperation.participant;

import java.util.EnumSet;
import java.util.Set;

/**
 * A participation's status, following NAV's model (amt-deltaker): assigned by the jobcenter, waiting for the start,
 * participating, interrupted, ended; or not relevant, or registered by mistake. The last three are final.
 */
public enum ParticipantStatus {
	ASSIGNED, WAITING_FOR_START, PARTICIPATING, INTERRUPTED, ENDED, NOT_RELEVANT, REGISTERED_BY_MISTAKE;

	/** The statuses this one may change to. */
	public Set<ParticipantStatus> next() {
		return switch (this) {
			case ASSIGNED -> EnumSet.of(WAITING_FOR_START, PARTICIPATING, NOT_RELEVANT, REGISTERED_BY_MISTAKE);
			case WAITING_FOR_START -> EnumSet.of(PARTICIPATING, NOT_RELEVANT, REGISTERED_BY_MISTAKE);
			case PARTICIPATING -> EnumSet.of(INTERRUPTED, ENDED);
			case INTERRUPTED -> EnumSet.of(PARTICIPATING, ENDED);
			case ENDED, NOT_RELEVANT, REGISTERED_BY_MISTAKE -> EnumSet.noneOf(ParticipantStatus.class);
		};
	}

	/** The reasons this status may carry; a status with reasons needs one. */
	public Set<StatusReason> reasons() {
		return switch (this) {
			case INTERRUPTED -> EnumSet.of(StatusReason.PARENTAL_LEAVE, StatusReason.SICKNESS, StatusReason.OTHER);
			case ENDED -> EnumSet.of(StatusReason.COMPLETED, StatusReason.DROPPED_OUT, StatusReason.OTHER);
			case NOT_RELEVANT -> EnumSet.of(StatusReason.NO_LONGER_NEEDED, StatusReason.DID_NOT_START, StatusReason.OTHER);
			default -> EnumSet.noneOf(StatusReason.class);
		};
	}

	/** Whether the participation is over (the visibility window and retention count from then). */
	public boolean isFinal() {
		return this == ENDED || this == NOT_RELEVANT || this == REGISTERED_BY_MISTAKE;
	}

	public String messageKey() {
		return "cooperation.status." + name();
	}
}
