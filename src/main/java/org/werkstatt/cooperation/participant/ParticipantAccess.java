package org.werkstatt.cooperation.participant;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.AgreementStatus;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.StaffRole;
import org.werkstatt.cooperation.audit.AccessEntry;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.audit.AccessLog;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;

/**
 * The one rule that decides whether a person may read or change a participant, and the access log's entry for
 * every such decision: exactly one per request, granted or refused, with the route's template (never the address),
 * the participant (or every id a list shows) and the refusal's code. A refusal is "not found" (404), nothing changed.
 * <ul>
 * <li>Jobcenter staff (CASEWORKER, ORGANISATION_ADMIN of the agreement's jobcenter) read and change the agreement's
 * participants, whatever the agreement's status or the consent (the jobcenter has its own legal basis).</li>
 * <li>Provider staff (PROVIDER_STAFF or ORGANISATION_ADMIN of the agreement's provider) only when they are staff of
 * the agreement: a COORDINATOR sees every participant, a CASEWORKER those assigned to them; only while the
 * agreement is active (or ended no more than its visibility days ago), the participation ended no more than the
 * visibility days ago, the agreement lists the data category, and a consent that is not withdrawn covers the
 * provider and the category.</li>
 * <li>Anyone else: refused (another organisation, no role, not signed in). Platform admins hold no role here.</li>
 * </ul>
 */
@Component
public class ParticipantAccess {

	/** What an action needs beyond reading the participant. */
	public enum Need {
		READ, JOBCENTER, COORDINATOR,
		/** Only provider staff of the agreement (coop-story: writing a success story, creating an info event). */
		PROVIDER
	}

	/** The person's roles in the agreement's two organisations and within the agreement. */
	public record Viewer(@Nullable UUID personId, Set<Role> jobcenterRoles, Set<Role> providerRoles,
			Set<StaffRole> staffRoles) {
	}

	private final AgreementStore agreements;
	private final ParticipantStore participants;
	private final ConsentStore consents;
	private final AccessLog log;
	private final CurrentUser currentUser;
	private final SiteTime siteTime;

	ParticipantAccess(AgreementStore agreements, ParticipantStore participants, ConsentStore consents, AccessLog log,
			CurrentUser currentUser, SiteTime siteTime) {
		this.agreements = agreements;
		this.participants = participants;
		this.consents = consents;
		this.log = log;
		this.currentUser = currentUser;
		this.siteTime = siteTime;
	}

	// ---- the rule (no database, no log) ----

	/** Whether the person may see the agreement's participants at all (lists, forms). */
	public static AccessDecision decide(Agreement agreement, Viewer viewer, LocalDate today) {
		Set<Role> jc = viewer.jobcenterRoles();
		if (jc.contains(Role.CASEWORKER)) {
			return AccessDecision.grant(Side.JOBCENTER, agreement.jobcenterId(), Role.CASEWORKER.name());
		}
		if (jc.contains(Role.ORGANISATION_ADMIN)) {
			return AccessDecision.grant(Side.JOBCENTER, agreement.jobcenterId(), Role.ORGANISATION_ADMIN.name());
		}
		Set<Role> pr = viewer.providerRoles();
		if (pr.contains(Role.PROVIDER_STAFF) || pr.contains(Role.ORGANISATION_ADMIN)) {
			UUID provider = agreement.providerId();
			Set<StaffRole> staff = viewer.staffRoles();
			String role = staff.contains(StaffRole.COORDINATOR) ? "COORDINATOR"
					: staff.contains(StaffRole.CASEWORKER) ? "PROVIDER_CASEWORKER" : Role.PROVIDER_STAFF.name();
			if (staff.isEmpty()) {
				return AccessDecision.refuse(Side.PROVIDER, provider, role, AccessDecision.NOT_ASSIGNED);
			}
			if (!agreement.visibleToProviderOn(today)) {
				return AccessDecision.refuse(Side.PROVIDER, provider, role, agreement.status() == AgreementStatus.ENDED
						? AccessDecision.VISIBILITY_ENDED : AccessDecision.AGREEMENT_INACTIVE);
			}
			return AccessDecision.grant(Side.PROVIDER, provider, role);
		}
		if (!jc.isEmpty()) {
			return AccessDecision.refuse(Side.JOBCENTER, agreement.jobcenterId(), jc.iterator().next().name(), AccessDecision.NO_ROLE);
		}
		if (!pr.isEmpty()) {
			return AccessDecision.refuse(Side.PROVIDER, agreement.providerId(), pr.iterator().next().name(), AccessDecision.NO_ROLE);
		}
		return AccessDecision.refuse(Side.NONE, null, null, viewer.personId() == null ? AccessDecision.NOT_SIGNED_IN
				: AccessDecision.OTHER_ORGANISATION);
	}

	/** Whether the person may read this category of the participant's data. */
	public static AccessDecision decide(Agreement agreement, Viewer viewer, Participant participant, boolean assigned,
			List<Consent> consents, DataCategory category, LocalDate today) {
		AccessDecision base = decide(agreement, viewer, today);
		if (!base.granted() || base.side() == Side.JOBCENTER) {
			return base;
		}
		if (!viewer.staffRoles().contains(StaffRole.COORDINATOR) && !assigned) {
			return base.refusedFor(AccessDecision.NOT_ASSIGNED);
		}
		if (!participant.visibleToProviderOn(today, agreement.visibilityDays())) {
			return base.refusedFor(AccessDecision.VISIBILITY_ENDED);
		}
		if (!agreement.dataCategories().contains(category)) {
			return base.refusedFor(AccessDecision.NO_CONSENT);
		}
		UUID provider = agreement.providerId();
		if (consents.stream().anyMatch(c -> c.covers(provider, category))) {
			return base;
		}
		boolean withdrawn = consents.stream()
			.anyMatch(c -> c.withdrawn() && c.organisationIds().contains(provider) && c.categories().contains(category));
		return base.refusedFor(withdrawn ? AccessDecision.CONSENT_WITHDRAWN : AccessDecision.NO_CONSENT);
	}

	/** The decision, refused when the action needs more than reading. */
	public static AccessDecision require(AccessDecision decision, Need need) {
		if (!decision.granted()) {
			return decision;
		}
		return switch (need) {
			case READ -> decision;
			case JOBCENTER -> decision.side() == Side.JOBCENTER ? decision : decision.refusedFor(AccessDecision.JOBCENTER_ONLY);
			case COORDINATOR -> "COORDINATOR".equals(decision.role()) ? decision
					: decision.refusedFor(AccessDecision.COORDINATOR_ONLY);
			case PROVIDER -> decision.side() == Side.PROVIDER ? decision : decision.refusedFor(AccessDecision.PROVIDER_ONLY);
		};
	}

	// ---- the checks of a request, each with its one access-log entry ----

	/**
	 * An agreement's participants as the person may list them: the ones the page shows (logged with their ids), and
	 * how many the person may list in all.
	 */
	public record ListGrant(Agreement agreement, AccessDecision decision, List<Participant> participants, int listable) {
	}

	/** A participant the person may read or change, with what the page needs. */
	public record ParticipantGrant(Agreement agreement, Participant participant, AccessDecision decision,
			List<Consent> consents, Viewer viewer) {
	}

	/** Access to an agreement for an action that creates a participant; the caller records it once, with the new id. */
	public final class AgreementGrant {

		private final Agreement agreement;
		private final AccessDecision decision;
		private final UUID personId;
		private boolean recorded;

		private AgreementGrant(Agreement agreement, AccessDecision decision, UUID personId) {
			this.agreement = agreement;
			this.decision = decision;
			this.personId = personId;
		}

		public Agreement agreement() {
			return agreement;
		}

		public UUID personId() {
			return personId;
		}

		/** The decision the grant rests on (which side the person acts for). */
		public AccessDecision decision() {
			return decision;
		}

		/** Writes this request's one entry (again is ignored). */
		public void record(AccessKind kind, List<UUID> participantIds, String purpose) {
			if (!recorded) {
				recorded = true;
				write(decision, kind, participantIds, purpose, personId);
			}
		}
	}

	/** Every participant the person may list is shown (and named in the access log). */
	public ListGrant list(UUID agreementId, String purpose) {
		return list(agreementId, purpose, (listable, agreement, decision) -> listable);
	}

	/** What a list page shows of the participants the person may list in the agreement, for the side the person acts for. */
	@FunctionalInterface
	public interface Shown {
		List<Participant> of(List<Participant> listable, Agreement agreement, AccessDecision decision);
	}

	/**
	 * The page shows what {@code shownOf} picks from the participants the person may list (a page of them, those with
	 * an unread message); the one access-log entry names only those.
	 */
	public ListGrant list(UUID agreementId, String purpose, Shown shownOf) {
		ListOpening opening = openList(agreementId, purpose);
		Agreement agreement = opening.agreement();
		Viewer viewer = opening.viewer();
		List<Participant> listable;
		if (opening.decision().side() == Side.JOBCENTER) {
			listable = participants.ofAgreement(agreementId);
		}
		else {
			List<Participant> candidates = viewer.staffRoles().contains(StaffRole.COORDINATOR)
					? participants.ofAgreement(agreementId) : participants.assignedTo(agreementId, requirePerson(viewer));
			Map<UUID, List<Consent>> given = consents.of(candidates.stream().map(Participant::id).toList());
			listable = candidates.stream()
				.filter(p -> decide(agreement, viewer, p, true, given.getOrDefault(p.id(), List.of()),
						DataCategory.IDENTITY_CONTACT, opening.today()).granted())
				.toList();
		}
		List<Participant> shown = shownOf.of(listable, agreement, opening.decision());
		write(opening.decision(), AccessKind.LIST, shown.stream().map(Participant::id).toList(), purpose, viewer.personId());
		return new ListGrant(agreement, opening.decision(), shown, listable.size());
	}

	/**
	 * One page of the agreement's participant list: the rule's part for each participant runs as SQL
	 * ({@link ProviderVisibility.Listing}), so only the page's participants are read, and the one access-log entry
	 * names them. ProviderVisibilityTests hold the pages against the rule.
	 */
	public ListGrant listPage(UUID agreementId, String purpose, ListPage page) {
		ListOpening opening = openList(agreementId, purpose);
		Agreement agreement = opening.agreement();
		Viewer viewer = opening.viewer();
		boolean jobcenter = opening.decision().side() == Side.JOBCENTER;
		ProviderVisibility.@Nullable Listing provider = jobcenter ? null
				: new ProviderVisibility.Listing(DataCategory.IDENTITY_CONTACT,
						viewer.staffRoles().contains(StaffRole.COORDINATOR) ? null : requirePerson(viewer),
						agreement.visibilityDays(), opening.today());
		boolean nobody = !jobcenter && !agreement.dataCategories().contains(DataCategory.IDENTITY_CONTACT);
		ParticipantStore.Counts counts = nobody ? ParticipantStore.Counts.NONE
				: participants.counts(agreementId, provider, page.status());
		page.counted(counts.matching());
		List<Participant> rows = counts.matching() == 0 ? List.of()
				: participants.rows(agreementId, provider, page.status(), page.offset(), ListPage.SIZE);
		write(opening.decision(), AccessKind.LIST, rows.stream().map(Participant::id).toList(), purpose, viewer.personId());
		return new ListGrant(agreement, opening.decision(), rows, counts.listable());
	}

	/** A list the person may open: the agreement, who asks, the decision, and the day it was taken on. */
	private record ListOpening(Agreement agreement, Viewer viewer, AccessDecision decision, LocalDate today) {
	}

	/** The agreement-wide part of a list's rule; a refusal is logged here and is "not found". */
	private ListOpening openList(UUID agreementId, String purpose) {
		Opened opened = open(agreementId);
		Optional<Agreement> found = opened.agreement();
		Viewer viewer = opened.viewer();
		if (found.isEmpty()) {
			refuse(AccessKind.LIST, List.of(), purpose, viewer, AccessDecision.NOT_FOUND);
		}
		LocalDate today = today();
		AccessDecision decision = decide(found.get(), viewer, today);
		if (!decision.granted()) {
			write(decision, AccessKind.LIST, List.of(), purpose, viewer.personId());
			throw new NotFoundException();
		}
		return new ListOpening(found.get(), viewer, decision, today);
	}

	public ParticipantGrant participant(UUID agreementId, UUID participantId, AccessKind kind, DataCategory category,
			Need need, String purpose) {
		Opened opened = open(agreementId);
		Optional<Agreement> agreement = opened.agreement();
		Optional<Participant> participant = participants.find(participantId)
			.filter(p -> p.agreementId().equals(agreementId));
		Viewer viewer = opened.viewer();
		if (agreement.isEmpty() || participant.isEmpty()) {
			refuse(kind, List.of(participantId), purpose, viewer, AccessDecision.NOT_FOUND);
		}
		Participant p = participant.get();
		List<Consent> given = consents.of(participantId);
		boolean assigned = viewer.personId() != null && participants.isAssigned(participantId, viewer.personId());
		AccessDecision decision = require(decide(agreement.get(), viewer, p, assigned, given, category, today()), need);
		write(decision, kind, List.of(participantId), purpose, viewer.personId());
		if (!decision.granted()) {
			throw new NotFoundException();
		}
		return new ParticipantGrant(agreement.get(), p, decision, given, viewer);
	}

	/** Access to the agreement for creating a participant; a refusal is logged here and is "not found". */
	public AgreementGrant agreement(UUID agreementId, AccessKind kind, Need need, String purpose) {
		Opened opened = open(agreementId);
		Optional<Agreement> found = opened.agreement();
		Viewer viewer = opened.viewer();
		if (found.isEmpty()) {
			refuse(kind, List.of(), purpose, viewer, AccessDecision.NOT_FOUND);
		}
		AccessDecision decision = require(decide(found.get(), viewer, today()), need);
		if (!decision.granted() || viewer.personId() == null) {
			write(decision, kind, List.of(), purpose, viewer.personId());
			throw new NotFoundException();
		}
		return new AgreementGrant(found.get(), decision, viewer.personId());
	}

	/** Whether the viewer may read this category (for the parts of a page beyond the identity and contact data). */
	public boolean mayRead(ParticipantGrant grant, DataCategory category) {
		if (grant.decision().side() == Side.JOBCENTER) {
			return !category.special() || grant.consents().stream()
				.anyMatch(c -> c.covers(grant.agreement().jobcenterId(), category));
		}
		return decide(grant.agreement(), grant.viewer(), grant.participant(), true, grant.consents(), category, today())
			.granted();
	}

	public LocalDate today() {
		return LocalDate.now(siteTime.zone());
	}

	/**
	 * Whether the signed-in person would be let into the agreement's participant list, so that a page links it only
	 * then. Reads no participant data, so it writes no access-log entry; opening the list is decided (and logged)
	 * again by {@link #list}.
	 */
	public boolean mayList(Agreement agreement) {
		return decide(agreement, viewer(agreement), today()).granted();
	}

	private Viewer viewer(@Nullable Agreement agreement) {
		Optional<UUID> person = currentUser.personId();
		if (agreement == null || person.isEmpty()) {
			return new Viewer(person.orElse(null), Set.of(), Set.of(), Set.of());
		}
		return viewer(agreement, person.get(), agreements.rolesOf(agreement.id(), person.get()));
	}

	private Viewer viewer(Agreement agreement, UUID person, Set<StaffRole> staff) {
		return new Viewer(person, EnumSet.copyOf(withNone(currentUser.rolesIn(agreement.jobcenterId()))),
				EnumSet.copyOf(withNone(currentUser.rolesIn(agreement.providerId()))), staff);
	}

	/** The agreement (empty when there is none) and who asks. */
	private record Opened(Optional<Agreement> agreement, Viewer viewer) {
	}

	/** The agreement and the signed-in person's staff roles in it, in one read. */
	private Opened open(UUID agreementId) {
		Optional<UUID> person = currentUser.personId();
		if (person.isEmpty()) {
			Optional<Agreement> found = agreements.find(agreementId);
			return new Opened(found, viewer(null));
		}
		Optional<AgreementStore.Staffed> found = agreements.findStaffed(agreementId, person.get());
		return new Opened(found.map(AgreementStore.Staffed::agreement),
				found.map(s -> viewer(s.agreement(), person.get(), s.roles())).orElseGet(() -> viewer(null)));
	}

	private static Set<Role> withNone(Set<Role> roles) {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
	}

	private static UUID requirePerson(Viewer viewer) {
		UUID person = viewer.personId();
		if (person == null) {
			throw new NotFoundException();
		}
		return person;
	}

	private void refuse(AccessKind kind, List<UUID> ids, String purpose, Viewer viewer, String reason) {
		write(AccessDecision.refuse(Side.NONE, null, null, reason), kind, ids, purpose, viewer.personId());
		throw new NotFoundException();
	}

	private void write(AccessDecision decision, AccessKind kind, List<UUID> ids, String purpose, @Nullable UUID personId) {
		log.record(new AccessEntry(personId, decision.organisationId(), decision.role(), kind, List.copyOf(ids), route(),
				purpose, decision.granted(), decision.reason()));
	}

	/** The template of the route being served ({@code /work/coop/{agreementId}/participants/{participantId}}). */
	private static String route() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object pattern = attributes == null ? null
				: attributes.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return pattern == null ? "(none)" : pattern.toString();
	}
}
