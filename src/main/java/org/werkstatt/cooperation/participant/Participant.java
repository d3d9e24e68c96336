package org.werkstatt.cooperation.participant;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A participant of an agreement as stored (without the sealed special categories). */
public record Participant(UUID id, UUID agreementId, @Nullable UUID offerId, String firstName, String lastName,
		@Nullable String email, @Nullable String phone, LocalDate dateOfBirth, Gender gender, String language,
		ParticipantStatus status, @Nullable StatusReason statusReason, @Nullable String statusNote, LocalDate statusSince,
		@Nullable LocalDate startDate, @Nullable LocalDate plannedEndDate, @Nullable ExitDestination exitDestination,
		@Nullable LocalDate endedAt) {

	public String name() {
		return firstName + " " + lastName;
	}

	/** Whether provider staff still see the participation on this day: until the visibility days after its end. */
	public boolean visibleToProviderOn(LocalDate day, int visibilityDays) {
		return endedAt == null || !day.isAfter(endedAt.plusDays(visibilityDays));
	}
}
