package org.werkstatt.cooperation.story;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A participant's success story as stored. */
record Story(UUID id, UUID participantId, UUID agreementId, UUID consentId, StoryStatus status, String pseudonym,
		String title, String body, @Nullable String district, @Nullable String reviewReason, int version,
		Instant modifiedAt, @Nullable Instant reviewedAt, @Nullable Instant publishedAt, @Nullable Instant withdrawnAt) {
}
