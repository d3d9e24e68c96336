package org.werkstatt.catalog.offer;

import java.util.ArrayList;
import java.util.List;
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
 * Who may do what with offers. Provider staff and admins of the offer's organisation edit it and its runs;
 * admins and planners of its owner (the site's host or a network) approve its versions. An offer or run of
 * another organisation in a {@code /manage/{slug}/…} address is "not found", as if it did not exist.
 */
@Component
public class CatalogAccess {

	private final OfferStore offers;
	private final RunStore runs;
	private final Organisations organisations;
	private final CurrentUser currentUser;

	CatalogAccess(OfferStore offers, RunStore runs, Organisations organisations, CurrentUser currentUser) {
		this.offers = offers;
		this.runs = runs;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	/** Whether these roles (held in the offer's organisation) edit its offers. */
	public static boolean editsWith(Set<Role> roles) {
		return roles.contains(Role.PROVIDER_STAFF) || roles.contains(Role.ORGANISATION_ADMIN);
	}

	/** Whether these roles (held in the owner) approve the offers it owns. */
	public static boolean approvesWith(Set<Role> roles) {
		return roles.contains(Role.ORGANISATION_ADMIN) || roles.contains(Role.PLANNER);
	}

	/** Whether the signed-in person edits the offer (platform admins too). */
	public boolean canEdit(OfferRecord offer) {
		return currentUser.hasAnyRole(offer.organisationId(), Role.PROVIDER_STAFF, Role.ORGANISATION_ADMIN);
	}

	/** Whether the signed-in person approves the offer's versions (platform admins too). */
	public boolean canApprove(OfferRecord offer) {
		return currentUser.hasAnyRole(offer.ownerId(), Role.ORGANISATION_ADMIN, Role.PLANNER);
	}

	/** The organisation, if the signed-in person edits its offers; a member without the roles is forbidden. */
	public OrganisationSummary editor(String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!currentUser.hasAnyRole(organisation.id(), Role.PROVIDER_STAFF, Role.ORGANISATION_ADMIN)) {
			throw new ForbiddenException();
		}
		return organisation;
	}

	/** The organisation, if the signed-in person approves the offers it owns. */
	public OrganisationSummary approver(String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!currentUser.hasAnyRole(organisation.id(), Role.ORGANISATION_ADMIN, Role.PLANNER)) {
			throw new ForbiddenException();
		}
		return organisation;
	}

	/** An offer of the organisation (the provider); another organisation's is not found. */
	public OfferRecord offerOf(OrganisationSummary organisation, UUID offerId) {
		return offers.find(offerId)
			.filter(offer -> offer.organisationId().equals(organisation.id()))
			.orElseThrow(NotFoundException::new);
	}

	/** An offer the organisation owns (approves); another's is not found. */
	public OfferRecord ownedBy(OrganisationSummary owner, UUID offerId) {
		return offers.find(offerId).filter(offer -> offer.ownerId().equals(owner.id())).orElseThrow(NotFoundException::new);
	}

	/** A run of the offer; a run of another offer is not found. */
	public Run runOf(OfferRecord offer, UUID runId) {
		return runs.find(runId).filter(run -> run.offerId().equals(offer.id())).orElseThrow(NotFoundException::new);
	}

	/** The owners a provider may choose for a new offer: the site's host and the networks it is a member of. */
	public List<OrganisationSummary> ownersFor(UUID providerId) {
		List<OrganisationSummary> owners = new ArrayList<>();
		organisations.host().ifPresent(owners::add);
		organisations.byIds(organisations.networksOf(providerId)).values().stream()
			.sorted(java.util.Comparator.comparing(OrganisationSummary::name))
			.filter(network -> owners.stream().noneMatch(o -> o.id().equals(network.id())))
			.forEach(owners::add);
		return owners;
	}
}
