package org.werkstatt.cooperation.plan;

import java.util.List;

import org.springframework.stereotype.Component;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.participant.Consent;

/**
 * For the participant page ({@code @coopPlanLinks} in its template): whether to link the plan and the messages,
 * which need the data category GOALS_PLAN. The page itself was granted, so for the provider only the agreement's
 * categories and a consent for the provider are left to check; the plan's pages decide (and log) again.
 */
@Component("coopPlanLinks")
class CoopPlanLinks {

	public boolean shows(Agreement agreement, List<Consent> consents, boolean jobcenterSide) {
		if (jobcenterSide) {
			return true;
		}
		return agreement.dataCategories().contains(DataCategory.GOALS_PLAN)
				&& consents.stream().anyMatch(c -> c.covers(agreement.providerId(), DataCategory.GOALS_PLAN));
	}
}
