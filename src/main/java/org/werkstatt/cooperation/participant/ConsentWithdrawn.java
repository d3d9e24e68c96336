package org.werkstatt.cooperation.participant;

import java.util.UUID;

/** A participant's consent was withdrawn; published in the withdrawing transaction (listeners act at once). */
public record ConsentWithdrawn(UUID participantId, UUID consentId) {
}
