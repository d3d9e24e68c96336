package org.werkstatt.catalog.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;

/**
 * A provider's offers page in every organisation (providers, the city and the jobcenter run offers), and what
 * waits there: runs whose free places need confirming, changes the owner sent back.
 */
@Component
class CatalogWork implements WorkSource {

	private final OfferStore offers;

	CatalogWork(OfferStore offers) {
		this.offers = offers;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (!CatalogAccess.editsWith(roles)) {
			return List.of();
		}
		return List.of(new WorkPage("offers", "catalog.work.page", "/manage/" + organisation.slug() + "/offers", 300));
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (!CatalogAccess.editsWith(roles)) {
			return List.of();
		}
		List<OfferListEntry> entries = offers.ofOrganisation(organisation.id());
		long places = entries.stream().filter(e -> e.offer().state() != OfferState.ARCHIVED)
			.mapToLong(OfferListEntry::placesToConfirm).sum();
		long returned = entries.stream().filter(e -> e.workingState() == VersionState.RETURNED).count();
		String base = "/manage/" + organisation.slug() + "/offers";
		List<WorkTask> tasks = new ArrayList<>();
		if (places > 0) {
			tasks.add(WorkTask.count("catalog.work.placesToConfirm", places, base + "#confirm"));
		}
		if (returned > 0) {
			tasks.add(WorkTask.count("catalog.work.returned", returned, base + "#offers"));
		}
		return tasks;
	}
}
