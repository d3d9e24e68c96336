package org.werkstatt.identity.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.identity.WorkSource;
import org.werkstatt.identity.WorkTask;
import org.werkstatt.identity.person.Membership;
import org.werkstatt.identity.person.People;

/**
 * A person's work: per organisation, the pages their roles open there (from every module's
 * {@link WorkSource}) and what waits for them. Templates read an organisation's tabs through the bean
 * {@code workspace}, so a tab is shown only when the page behind it opens.
 */
@Component("workspace")
public class Workspace {

	/** Roles whose pages come with a later capability; until then their start page says so. */
	private static final Map<Role, String> PAGES_TO_COME = Map.of();

	private final List<WorkSource> sources;
	private final CurrentUser currentUser;
	private final Organisations organisations;
	private final People people;

	Workspace(List<WorkSource> sources, CurrentUser currentUser, Organisations organisations, People people) {
		this.sources = sources;
		this.currentUser = currentUser;
		this.organisations = organisations;
		this.people = people;
	}

	/** The tabs of an organisation's pages: those the signed-in person's roles open there (all for a platform admin). */
	public List<WorkPage> pagesIn(UUID organisationId) {
		return organisations.byId(organisationId).map(o -> pages(o, rolesIn(o.id()))).orElse(List.of());
	}

	/** Every organisation the signed-in person holds a role in, with its pages and what waits there. */
	List<OrganisationWork> mine() {
		UUID personId = currentUser.personId().orElse(null);
		if (personId == null) {
			return List.of();
		}
		Map<UUID, Set<Role>> roles = new LinkedHashMap<>();
		for (Membership m : people.membershipsOf(personId)) {
			roles.computeIfAbsent(m.organisationId(), k -> EnumSet.noneOf(Role.class)).add(m.role());
		}
		Map<UUID, OrganisationSummary> known = organisations.byIds(roles.keySet());
		List<OrganisationWork> work = new ArrayList<>();
		roles.forEach((id, held) -> {
			OrganisationSummary organisation = known.get(id);
			if (organisation == null) {
				return;
			}
			List<WorkTask> tasks = sources.stream().flatMap(s -> s.tasks(organisation, held).stream()).toList();
			List<String> toCome = held.stream().map(PAGES_TO_COME::get).filter(k -> k != null).distinct().toList();
			work.add(new OrganisationWork(organisation, List.copyOf(held), pages(organisation, held), tasks, toCome));
		});
		return work;
	}

	private Set<Role> rolesIn(UUID organisationId) {
		return currentUser.isPlatformAdmin() ? EnumSet.allOf(Role.class) : currentUser.rolesIn(organisationId);
	}

	private List<WorkPage> pages(OrganisationSummary organisation, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return sources.stream()
			.flatMap(s -> s.pages(organisation, roles).stream())
			.sorted(Comparator.comparingInt(WorkPage::order))
			.toList();
	}

	/** One organisation on the start page: the roles held, the pages they open, what waits, and pages still to come. */
	record OrganisationWork(OrganisationSummary organisation, List<Role> roles, List<WorkPage> pages,
			List<WorkTask> tasks, List<String> toComeKeys) {
	}
}
