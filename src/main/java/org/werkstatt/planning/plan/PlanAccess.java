package org.werkstatt.planning.plan;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.ForbiddenException;
import org.werkstatt.platform.web.NotFoundException;

/**
 * Who may read and change a plan. Anyone reads a public plan that is no longer a draft; members of the
 * owning organisation read every plan of it; members of a network's organisations read the network's
 * shared quality programme; members of organisations the owner invited ({@link PlanReaders}) read it too. Admins and planners of the owner change the plan and its measures; in a
 * shared programme, admins and planners of a member add and change their own organisation's measures.
 * A plan someone may not read is "not found", as if it did not exist.
 */
@Component
public class PlanAccess {

	private final PlanStore plans;
	private final Organisations organisations;
	private final CurrentUser currentUser;
	private final PlanReaders readers;

	PlanAccess(PlanStore plans, Organisations organisations, CurrentUser currentUser, PlanReaders readers) {
		this.plans = plans;
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.readers = readers;
	}

	/** The plan, if the visitor may read it. */
	public Plan readable(UUID planId) {
		Plan plan = plans.find(planId).orElseThrow(NotFoundException::new);
		if (!canRead(plan)) {
			throw new NotFoundException();
		}
		return plan;
	}

	public boolean canRead(Plan plan) {
		if (plan.isPublic() || currentUser.isPlatformAdmin() || !currentUser.rolesIn(plan.organisationId()).isEmpty()) {
			return true;
		}
		if (currentUser.personId().isEmpty()) {
			return false;
		}
		Set<UUID> own = currentUser.organisations();
		if (own.isEmpty()) {
			return false;
		}
		if (readers.of(plan.id()).stream().anyMatch(own::contains)) {
			return true;
		}
		return plan.shared()
				&& organisations.networkMembers(plan.organisationId()).stream().anyMatch(member -> own.contains(member.id()));
	}

	/**
	 * The plans that are not public but the signed-in person may read through their organisations (own,
	 * shared by a network they belong to, or invited to); empty for anyone else.
	 */
	public java.util.List<Plan> internalReadable() {
		if (currentUser.personId().isEmpty()) {
			return java.util.List.of();
		}
		Set<UUID> own = currentUser.organisations();
		java.util.List<UUID> networks = own.stream().flatMap(o -> organisations.networksOf(o).stream()).distinct().toList();
		return plans.internalReadableBy(own, networks);
	}

	/** The organisation, if the signed-in person may plan for it (admins and planners). */
	public OrganisationSummary planner(String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!currentUser.hasAnyRole(organisation.id(), Role.ORGANISATION_ADMIN, Role.PLANNER)) {
			throw new ForbiddenException();
		}
		return organisation;
	}

	/** A plan the organisation owns: it changes the plan itself and all its measures. */
	public Plan owned(OrganisationSummary organisation, UUID planId) {
		return plans.find(planId)
			.filter(plan -> plan.organisationId().equals(organisation.id()))
			.orElseThrow(NotFoundException::new);
	}

	/** A plan the organisation owns, or a shared programme of a network it belongs to (for its own measures). */
	public Plan contributable(OrganisationSummary organisation, UUID planId) {
		return plans.find(planId)
			.filter(plan -> plan.organisationId().equals(organisation.id())
					|| plan.shared() && organisations.networksOf(organisation.id()).contains(plan.organisationId()))
			.orElseThrow(NotFoundException::new);
	}

	/** Whether the organisation may change the measure: the plan's owner all, a network member its own. */
	public boolean mayChange(OrganisationSummary organisation, Plan plan, Measure measure) {
		return plan.organisationId().equals(organisation.id()) || measure.organisationId().equals(organisation.id());
	}
}
