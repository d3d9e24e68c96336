package org.werkstatt.catalog.files;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;

/** Catalog imports a person uploaded and has not confirmed yet (a preview is kept for a day). */
@Component
class CatalogImportWork implements WorkSource {

	private final CatalogImports imports;
	private final CurrentUser currentUser;

	CatalogImportWork(CatalogImports imports, CurrentUser currentUser) {
		this.imports = imports;
		this.currentUser = currentUser;
	}

	@Override
	public List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		return List.of();
	}

	@Override
	public List<WorkTask> tasks(OrganisationSummary organisation, Set<Role> roles) {
		if (!roles.contains(Role.ORGANISATION_ADMIN) && !roles.contains(Role.PROVIDER_STAFF)) {
			return List.of();
		}
		return currentUser.personId()
			.map(person -> imports.waitingFor(person, organisation.id()))
			.orElse(List.of())
			.stream()
			.map(w -> new WorkTask("catalog.import.task", List.of(w.fileName()),
					"/manage/" + organisation.slug() + "/offers/import/" + w.id()))
			.toList();
	}
}
