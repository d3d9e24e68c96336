package org.werkstatt.cooperation.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.ForbiddenException;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;

/**
 * The agreements of a jobcenter or a provider under {@code /manage/{slug}/cooperation}: the list, the jobcenter's
 * form, each side's confirmation and the provider's staff within an agreement. No participant data here: the
 * participants are under {@code /work/coop/{agreementId}/participants}, behind the access rule.
 */
@Controller
@RequestMapping("/manage/{slug}/cooperation")
class AgreementPages {

	private final AgreementStore agreements;
	private final Organisations organisations;
	private final CurrentUser currentUser;
	private final StaffDirectory directory;
	private final SiteTime siteTime;
	private final org.werkstatt.cooperation.participant.ParticipantAccess access;

	AgreementPages(AgreementStore agreements, Organisations organisations, CurrentUser currentUser, StaffDirectory directory,
			SiteTime siteTime, org.werkstatt.cooperation.participant.ParticipantAccess access) {
		this.access = access;
		this.agreements = agreements;
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.directory = directory;
		this.siteTime = siteTime;
	}

	/** An agreement in the list, with the other party's name; {@code participants}: the viewer may open the list. */
	record Row(Agreement agreement, String partner, boolean jobcenterSide, boolean participants) {
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = member(slug);
		List<Agreement> all = agreements.ofOrganisation(organisation.id());
		Map<UUID, OrganisationSummary> names = organisations.byIds(all.stream()
			.flatMap(a -> java.util.stream.Stream.of(a.jobcenterId(), a.providerId()))
			.toList());
		List<Row> rows = all.stream().map(a -> {
			boolean jobcenterSide = a.jobcenterId().equals(organisation.id());
			OrganisationSummary partner = names.get(jobcenterSide ? a.providerId() : a.jobcenterId());
			return new Row(a, partner == null ? "" : partner.name(), jobcenterSide, access.mayList(a));
		}).toList();
		model.addAttribute("organisation", organisation);
		model.addAttribute("rows", rows);
		model.addAttribute("mayCreate", organisation.type() == OrganisationType.JOBCENTER
				&& currentUser.rolesIn(organisation.id()).contains(Role.ORGANISATION_ADMIN));
		return "cooperation/agreements";
	}

	@GetMapping("/agreements/new")
	String newAgreement(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = jobcenterAdmin(slug);
		model.addAttribute("agreementForm", AgreementForm.empty(java.time.LocalDate.now(siteTime.zone())));
		return form(organisation, model);
	}

	@PostMapping("/agreements/new")
	String create(@PathVariable String slug, @Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = jobcenterAdmin(slug);
		if (result.getTarget() != null) {
			form.check(result);
			if (form.providerId() != null && providers().stream().noneMatch(p -> p.id().equals(form.providerId()))) {
				result.rejectValue("providerId", "cooperation.form.unknownProvider");
			}
			if (form.officerId() != null && officers(organisation).stream().noneMatch(p -> p.id().equals(form.officerId()))) {
				result.rejectValue("officerId", "cooperation.form.unknownOfficer");
			}
		}
		if (result.hasErrors() || result.getTarget() == null) {
			return form(organisation, model);
		}
		UUID id = agreements.create(organisation.id(), form.details(), person());
		Flash.notice(redirect, "cooperation.agreement.saved");
		return "redirect:/manage/" + slug + "/cooperation/agreements/" + id;
	}

	@GetMapping("/agreements/{agreementId}")
	String show(@PathVariable String slug, @PathVariable UUID agreementId, Model model) {
		OrganisationSummary organisation = member(slug);
		return page(organisation, agreementOf(organisation, agreementId), model);
	}

	private String page(OrganisationSummary organisation, Agreement agreement, Model model) {
		UUID agreementId = agreement.id();
		boolean jobcenterSide = agreement.jobcenterId().equals(organisation.id());
		Set<Role> roles = currentUser.rolesIn(organisation.id());
		List<AgreementStore.StaffMember> staff = agreements.staff(agreementId);
		List<UUID> people = new ArrayList<>(staff.stream().map(AgreementStore.StaffMember::personId).toList());
		List<AgreementStore.VersionEntry> versions = agreements.versions(agreementId);
		versions.forEach(v -> people.add(v.changedBy()));
		if (agreement.officerId() != null) {
			people.add(agreement.officerId());
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("agreement", agreement);
		model.addAttribute("mayListParticipants", access.mayList(agreement));
		model.addAttribute("jobcenter", organisations.byId(agreement.jobcenterId()).orElseThrow());
		model.addAttribute("provider", organisations.byId(agreement.providerId()).orElseThrow());
		model.addAttribute("staff", staff);
		model.addAttribute("versions", versions);
		model.addAttribute("changedFields", agreements.changedFields(agreementId, VERSION_FIELDS));
		model.addAttribute("names", directory.names(people));
		model.addAttribute("mayConfirm", mayConfirm(agreement, jobcenterSide, roles));
		boolean manageStaff = !jobcenterSide && mayManageStaff(agreement, roles);
		model.addAttribute("mayManageStaff", manageStaff);
		model.addAttribute("candidates", manageStaff ? directory.withRole(agreement.providerId(), Role.PROVIDER_STAFF,
				Role.ORGANISATION_ADMIN).stream().map(p -> new Choice(p.id().toString(), p.name())).toList() : List.of());
		model.addAttribute("staffRoles", StaffRole.values());
		boolean admin = jobcenterSide && roles.contains(Role.ORGANISATION_ADMIN);
		boolean open = agreement.status() == AgreementStatus.DRAFT || agreement.active();
		model.addAttribute("mayEdit", admin && open);
		model.addAttribute("mayEnd", admin && agreement.active());
		model.addAttribute("mayCancel", admin && open);
		model.addAttribute("decisionRequired", agreements.decisionRequired(agreementId));
		if (!model.containsAttribute("endOn")) {
			model.addAttribute("endOn", today().toString());
		}
		return "cooperation/agreement";
	}

	// ---- the lifecycle: edit, end, cancel (the jobcenter's organisation admin) ----

	/** The agreement's fields whose change the version history names. */
	static final Set<String> VERSION_FIELDS = Set.of("title", "programme", "valid_from", "valid_until", "reporting_rhythm",
			"next_report_due", "officer_id", "data_categories", "decision_required", "provider_visibility_days",
			"retention_days", "status", "status_reason", "ended_at", "staff", "offers");

	@GetMapping("/agreements/{agreementId}/edit")
	String edit(@PathVariable String slug, @PathVariable UUID agreementId, Model model) {
		OrganisationSummary organisation = jobcenterAdmin(slug);
		Agreement agreement = editable(organisation, agreementId);
		model.addAttribute("agreementForm", AgreementForm.of(agreement, agreements.decisionRequired(agreementId)));
		return editForm(organisation, agreement, model);
	}

	@PostMapping("/agreements/{agreementId}/edit")
	String change(@PathVariable String slug, @PathVariable UUID agreementId,
			@Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = jobcenterAdmin(slug);
		Agreement agreement = editable(organisation, agreementId);
		if (result.getTarget() != null) {
			form.check(result);
			if (form.providerId() != null && !form.providerId().equals(agreement.providerId())) {
				result.rejectValue("providerId", "cooperation.lifecycle.providerFixed");
			}
			if (form.officerId() != null && officers(organisation).stream().noneMatch(p -> p.id().equals(form.officerId()))) {
				result.rejectValue("officerId", "cooperation.form.unknownOfficer");
			}
		}
		if (result.hasErrors() || result.getTarget() == null) {
			return editForm(organisation, agreement, model);
		}
		int version = form.version() == null ? -1 : form.version();
		if (!agreements.change(agreementId, version, form.details(), form.decisionKinds(), person())) {
			model.addAttribute("stale", true);
			return editForm(organisation, agreement, model);
		}
		Flash.notice(redirect, "cooperation.lifecycle.changed");
		return "redirect:/manage/" + slug + "/cooperation/agreements/" + agreementId;
	}

	@PostMapping("/agreements/{agreementId}/end")
	String end(@PathVariable String slug, @PathVariable UUID agreementId, @RequestParam(required = false) String endOn,
			@RequestParam(required = false) String endReason, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = jobcenterAdmin(slug);
		Agreement agreement = agreementOf(organisation, agreementId);
		if (!agreement.jobcenterId().equals(organisation.id()) || !agreement.active()) {
			Flash.problem(redirect, "cooperation.lifecycle.notEndable");
			return "redirect:/manage/" + slug + "/cooperation/agreements/" + agreementId;
		}
		java.time.LocalDate day = parseDay(endOn);
		String reason = endReason == null || endReason.isBlank() ? null : endReason.strip();
		String error = day == null ? "cooperation.lifecycle.endOnInvalid"
				: day.isAfter(today()) || day.isBefore(agreement.validFrom()) ? "cooperation.lifecycle.endOnRange"
				: reason != null && reason.length() > 1000 ? "cooperation.lifecycle.reasonTooLong" : null;
		if (error != null || day == null) {
			model.addAttribute("endError", error);
			model.addAttribute("endOn", endOn == null ? "" : endOn);
			model.addAttribute("endReason", endReason);
			return page(organisation, agreement, model);
		}
		if (agreements.end(agreementId, day, reason, person())) {
			Flash.notice(redirect, "cooperation.lifecycle.ended");
		}
		else {
			Flash.problem(redirect, "cooperation.lifecycle.notEndable");
		}
		return "redirect:/manage/" + slug + "/cooperation/agreements/" + agreementId;
	}

	@PostMapping("/agreements/{agreementId}/cancel")
	String cancel(@PathVariable String slug, @PathVariable UUID agreementId,
			@RequestParam(required = false) String cancelReason, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = jobcenterAdmin(slug);
		Agreement agreement = agreementOf(organisation, agreementId);
		boolean open = agreement.status() == AgreementStatus.DRAFT || agreement.active();
		if (!agreement.jobcenterId().equals(organisation.id()) || !open) {
			Flash.problem(redirect, "cooperation.lifecycle.notCancellable");
			return "redirect:/manage/" + slug + "/cooperation/agreements/" + agreementId;
		}
		String reason = cancelReason == null ? "" : cancelReason.strip();
		String error = reason.isEmpty() ? "cooperation.lifecycle.reasonRequired"
				: reason.length() > 1000 ? "cooperation.lifecycle.reasonTooLong" : null;
		if (error != null) {
			model.addAttribute("cancelError", error);
			model.addAttribute("cancelReason", cancelReason);
			return page(organisation, agreement, model);
		}
		if (agreements.cancel(agreementId, today(), reason, person())) {
			Flash.notice(redirect, "cooperation.lifecycle.cancelled");
		}
		else {
			Flash.problem(redirect, "cooperation.lifecycle.notCancellable");
		}
		return "redirect:/manage/" + slug + "/cooperation/agreements/" + agreementId;
	}

	private Agreement editable(OrganisationSummary organisation, UUID agreementId) {
		Agreement agreement = agreementOf(organisation, agreementId);
		if (!agreement.jobcenterId().equals(organisation.id())
				|| !(agreement.status() == AgreementStatus.DRAFT || agreement.active())) {
			throw new ForbiddenException();
		}
		return agreement;
	}

	private String editForm(OrganisationSummary organisation, Agreement agreement, Model model) {
		form(organisation, model);
		model.addAttribute("agreement", agreement);
		model.addAttribute("providerName", organisations.byId(agreement.providerId()).map(OrganisationSummary::name).orElse(""));
		model.addAttribute("changeKinds", java.util.Arrays.stream(ChangeKind.values()).filter(k -> k != ChangeKind.OTHER).toList());
		return "cooperation/agreement-form";
	}

	private java.time.LocalDate today() {
		return java.time.LocalDate.now(siteTime.zone());
	}

	private static java.time.@org.jspecify.annotations.Nullable LocalDate parseDay(@org.jspecify.annotations.Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	@PostMapping("/agreements/{agreementId}/confirm")
	String confirm(@PathVariable String slug, @PathVariable UUID agreementId, RedirectAttributes redirect) {
		OrganisationSummary organisation = member(slug);
		Agreement agreement = agreementOf(organisation, agreementId);
		boolean jobcenterSide = agreement.jobcenterId().equals(organisation.id());
		if (!mayConfirm(agreement, jobcenterSide, currentUser.rolesIn(organisation.id()))) {
			throw new ForbiddenException();
		}
		boolean done = agreements.confirm(agreementId, jobcenterSide, person());
		if (done) {
			Flash.notice(redirect, "cooperation.agreement.confirmed");
		}
		else {
			Flash.problem(redirect, "cooperation.agreement.notConfirmable");
		}
		return "redirect:/manage/" + slug + "/cooperation/agreements/" + agreementId;
	}

	@PostMapping("/agreements/{agreementId}/staff")
	String addStaff(@PathVariable String slug, @PathVariable UUID agreementId, @RequestParam(required = false) String personId,
			@RequestParam(required = false) String role, @RequestParam(defaultValue = "add") String action,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = member(slug);
		Agreement agreement = agreementOf(organisation, agreementId);
		if (agreement.jobcenterId().equals(organisation.id()) || !mayManageStaff(agreement, currentUser.rolesIn(organisation.id()))) {
			throw new ForbiddenException();
		}
		UUID person = parse(personId);
		StaffRole staffRole = role == null ? null : java.util.Arrays.stream(StaffRole.values())
			.filter(r -> r.name().equals(role)).findFirst().orElse(null);
		boolean known = person != null && directory.withRole(agreement.providerId(), Role.PROVIDER_STAFF, Role.ORGANISATION_ADMIN)
			.stream().anyMatch(p -> p.id().equals(person));
		if (!known || staffRole == null) {
			Flash.problem(redirect, "cooperation.staff.invalid");
			return "redirect:/manage/" + slug + "/cooperation/agreements/" + agreementId + "#staff";
		}
		if ("remove".equals(action)) {
			agreements.removeStaff(agreementId, person, staffRole, person());
			Flash.notice(redirect, "cooperation.staff.removed");
		}
		else {
			agreements.addStaff(agreementId, person, staffRole, person());
			Flash.notice(redirect, "cooperation.staff.added");
		}
		return "redirect:/manage/" + slug + "/cooperation/agreements/" + agreementId + "#staff";
	}

	private String form(OrganisationSummary organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("providers", providers().stream().map(p -> new Choice(p.id().toString(), p.name())).toList());
		model.addAttribute("officers", officers(organisation).stream().map(p -> new Choice(p.id().toString(), p.name())).toList());
		model.addAttribute("rhythms", ReportingRhythm.values());
		model.addAttribute("allCategories", DataCategory.values());
		return "cooperation/agreement-form";
	}

	private List<OrganisationSummary> providers() {
		return organisations.partners().stream().filter(o -> o.type() == OrganisationType.PROVIDER).toList();
	}

	private List<StaffDirectory.Person> officers(OrganisationSummary jobcenter) {
		return directory.withRole(jobcenter.id(), Role.EQUAL_OPPORTUNITY_OFFICER);
	}

	private boolean mayConfirm(Agreement agreement, boolean jobcenterSide, Set<Role> roles) {
		if (agreement.status() != AgreementStatus.DRAFT) {
			return false;
		}
		if (jobcenterSide) {
			return agreement.jobcenterConfirmedAt() == null && roles.contains(Role.ORGANISATION_ADMIN);
		}
		return agreement.providerConfirmedAt() == null && (roles.contains(Role.ORGANISATION_ADMIN)
				|| (roles.contains(Role.PROVIDER_STAFF) && isCoordinator(agreement)));
	}

	private boolean mayManageStaff(Agreement agreement, Set<Role> roles) {
		return roles.contains(Role.ORGANISATION_ADMIN) || (roles.contains(Role.PROVIDER_STAFF) && isCoordinator(agreement));
	}

	private boolean isCoordinator(Agreement agreement) {
		return currentUser.personId().map(p -> agreements.rolesOf(agreement.id(), p).contains(StaffRole.COORDINATOR)).orElse(false);
	}

	/** The organisation, for a member whose roles open the cooperation page; others are forbidden. */
	private OrganisationSummary member(String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!CooperationWork.opens(organisation, currentUser.rolesIn(organisation.id()))) {
			throw new ForbiddenException();
		}
		return organisation;
	}

	private OrganisationSummary jobcenterAdmin(String slug) {
		OrganisationSummary organisation = member(slug);
		if (organisation.type() != OrganisationType.JOBCENTER || !currentUser.rolesIn(organisation.id()).contains(Role.ORGANISATION_ADMIN)) {
			throw new ForbiddenException();
		}
		return organisation;
	}

	/** An agreement of which the organisation is a party; another's is not found. */
	private Agreement agreementOf(OrganisationSummary organisation, UUID agreementId) {
		return agreements.find(agreementId).filter(a -> a.hasParty(organisation.id())).orElseThrow(NotFoundException::new);
	}

	private UUID person() {
		return currentUser.personId().orElseThrow(NotFoundException::new);
	}

	private static @org.jspecify.annotations.Nullable UUID parse(@org.jspecify.annotations.Nullable String id) {
		try {
			return id == null ? null : UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
