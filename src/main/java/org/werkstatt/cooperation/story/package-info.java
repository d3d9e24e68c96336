/**
 * Success stories and info events (issue 12, part coop-story). A success story rests on the participant's separate
 * consent (a consent with {@code success_story}), is pseudonymised, written by the provider, approved or sent back
 * by the jobcenter and may then be published on the provider's public page and the programme's public page; a
 * withdrawal of the consent withdraws it at once ({@link org.werkstatt.cooperation.participant.ConsentWithdrawn}).
 * Info events are workshop events of the format INFO_EVENT about an offer of the agreement, owned by the jobcenter
 * with the provider as co-organiser; a jobcenter caseworker invites a participant (a printed letter, no e-mail).
 * Pages under {@code /work/coop/{agreementId}/…}, public pages {@code /stories/{id}} and
 * {@code /programmes/{agreementId}/stories}.
 */
@NullMarked
package org.werkstatt.cooperation.story;

import org.jspecify.annotations.NullMarked;
