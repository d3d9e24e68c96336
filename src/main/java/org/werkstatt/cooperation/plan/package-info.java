/**
 * The individual plan per participant (integration goal, individual goals, milestones, the offer's modules with
 * the dates started and completed, notes), written by both sides, every change a numbered version shown as a
 * timeline; and the messages thread per participant between the jobcenter and the provider. Pages under
 * {@code /work/coop/{agreementId}/participants/{participantId}/plan} and {@code …/messages}; every request goes
 * through {@link org.werkstatt.cooperation.participant.ParticipantAccess} with the data category GOALS_PLAN.
 */
@NullMarked
package org.werkstatt.cooperation.plan;

import org.jspecify.annotations.NullMarked;
