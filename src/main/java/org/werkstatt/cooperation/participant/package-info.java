/**
 * Participants of an agreement: assignment by the jobcenter, status with reasons (NAV's model), consent with its
 * withdrawal, provider caseworkers, special categories sealed with Google Tink, and the one rule that decides who
 * may read or change a participant ({@link org.werkstatt.cooperation.participant.ParticipantAccess}), which writes
 * one access-log entry per request. Pages under {@code /work/coop/{agreementId}/participants}.
 */
@NullMarked
package org.werkstatt.cooperation.participant;

import org.jspecify.annotations.NullMarked;
