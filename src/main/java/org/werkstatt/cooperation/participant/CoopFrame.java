package org.werkstatt.cooperation.participant;

import java.util.UUID;

import org.springframework.ui.Model;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.NotFoundException;

/**
 * What every page of a cooperation shows around its content, once the access rule has let the person in: the
 * organisation they act for (the workspace's tabs), the agreement, whether they are on the jobcenter's side and
 * whether they are the agreement's coordinator on the provider's side.
 */
public final class CoopFrame {

	private CoopFrame() {
	}

	/**
	 * Puts {@code organisation}, {@code agreement}, {@code jobcenterSide} and {@code coordinator} into the model;
	 * "not found" without an organisation.
	 */
	public static OrganisationSummary put(Organisations organisations, Agreement agreement, AccessDecision decision, Model model) {
		UUID organisationId = decision.organisationId();
		OrganisationSummary organisation = organisationId == null ? null : organisations.byId(organisationId).orElse(null);
		if (organisation == null) {
			throw new NotFoundException();
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("agreement", agreement);
		model.addAttribute("jobcenterSide", decision.side() == Side.JOBCENTER);
		model.addAttribute("coordinator", "COORDINATOR".equals(decision.role()));
		return organisation;
	}
}
