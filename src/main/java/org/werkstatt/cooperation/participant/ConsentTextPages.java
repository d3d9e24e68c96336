package org.werkstatt.cooperation.participant;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.platform.web.NotFoundException;

/**
 * A consent text as a page to print and sign (print styles hide the site's frame). Only the jobcenter's staff of an
 * agreement open it; the text holds no participant data, but the request is logged like every cooperation route.
 */
@Controller
class ConsentTextPages {

	private final ParticipantAccess access;
	private final ConsentStore consents;

	ConsentTextPages(ParticipantAccess access, ConsentStore consents) {
		this.access = access;
		this.consents = consents;
	}

	@GetMapping("/work/coop/{agreementId}/consent-texts/{textId}")
	String print(@PathVariable UUID agreementId, @PathVariable UUID textId, Model model) {
		ParticipantAccess.AgreementGrant grant = access.agreement(agreementId, AccessKind.READ, Need.JOBCENTER, "consent text");
		grant.record(AccessKind.READ, List.of(), "consent text");
		ConsentStore.ConsentText text = consents.text(textId)
			.filter(t -> t.organisationId() == null || t.organisationId().equals(grant.agreement().jobcenterId()))
			.orElseThrow(NotFoundException::new);
		model.addAttribute("text", text);
		model.addAttribute("agreement", grant.agreement());
		return "cooperation/consent-text";
	}
}
