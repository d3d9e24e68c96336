/**
 * Proposals that need the jobcenter's decision (eM@w "Trägermitteilung mit Entscheidungsfolge", NAV "forslag"):
 * the provider proposes to extend, end, change the start, the planned end or the hours of a participation, or
 * something else, with a reason; the jobcenter approves (the change is applied) or rejects, with a reason; the
 * provider may withdraw an open proposal; a newer proposal of the same kind supersedes an open one. Open proposals
 * are due in {@link org.werkstatt.cooperation.proposal.ProposalRules#ANSWER_DAYS} days and wait on both start pages.
 * Pages under {@code /work/coop/{agreementId}/…/proposals}, behind the access rule.
 */
@NullMarked
package org.werkstatt.cooperation.proposal;

import org.jspecify.annotations.NullMarked;
