package org.werkstatt.cooperation.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.cooperation.agreement.StaffRole;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.cooperation.participant.ParticipantAccess.ParticipantGrant;
import org.werkstatt.cooperation.participant.ParticipantForms.AssignForm;
import org.werkstatt.cooperation.participant.ParticipantForms.ConsentForm;
import org.werkstatt.cooperation.participant.ParticipantForms.SpecialForm;
import org.werkstatt.cooperation.participant.ParticipantForms.StatusForm;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.SiteFrame;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.HtmlResponse;
import org.werkstatt.platform.web.HtmlWriter;
import org.werkstatt.platform.web.SiteTime;

/**
 * The participants of an agreement, for the jobcenter and the provider: the list, a participant's page, the
 * jobcenter's assignment, status, consent and its withdrawal, special categories; the coordinator's assignment of
 * provider caseworkers. Every handler goes through {@link ParticipantAccess} first (one access-log entry per
 * request); addresses carry ids only.
 */
@Controller
@RequestMapping("/work/coop/{agreementId}/participants")
class CooperationParticipantPages {

	private static final String BASE = "redirect:/work/coop/";

	private final ParticipantAccess access;
	private final ParticipantStore participants;
	private final ConsentStore consents;
	private final AgreementStore agreements;
	private final SpecialCategories special;
	private final StaffDirectory directory;
	private final Organisations organisations;
	private final MessageSource messages;
	private final SiteTime siteTime;
	private final SiteFrame frame;

	CooperationParticipantPages(ParticipantAccess access, ParticipantStore participants, ConsentStore consents, AgreementStore agreements,
			SpecialCategories special, StaffDirectory directory, Organisations organisations, MessageSource messages,
			SiteTime siteTime, SiteFrame frame) {
		this.frame = frame;
		this.messages = messages;
		this.siteTime = siteTime;
		this.access = access;
		this.participants = participants;
		this.consents = consents;
		this.agreements = agreements;
		this.special = special;
		this.directory = directory;
		this.organisations = organisations;
	}

	/** The participants the person may list, 50 a page, of one status or all; the log names those on the page. */
	@GetMapping
	ResponseEntity<String> list(@PathVariable UUID agreementId, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page, Model model) {
		ListPage shown = ListPage.of(status, page);
		ParticipantAccess.ListGrant grant = access.listPage(agreementId, "participant list", shown);
		Agreement agreement = grant.agreement();
		OrganisationSummary organisation = CoopFrame.put(organisations, agreement, grant.decision(), model);
		String list = ParticipantRowsHtml.list(agreementId, grant.participants(), grant.listable(), shown,
				grant.decision().side() == Side.JOBCENTER, "COORDINATOR".equals(grant.decision().role()), messages, siteTime);
		// the page is written here whole, without the template engine: the page read most (docs/performance.md)
		HtmlWriter section = HtmlWriter.forRequest(messages, list.length() + 2500);
		section.raw("<section class=\"kern-stack-lg\">\n  <p class=\"kern-body kern-body--small\"><a class=\"kern-link\" href=\"")
			.path("/manage/" + organisation.slug() + "/cooperation/agreements/" + agreement.id()).raw("\">")
			.text(agreement.title()).raw("</a></p>\n  <h1 class=\"kern-heading-large\">")
			.message("cooperation.participants.title").raw("</h1>\n  ").raw(frame.tabs(organisation.id(), "cooperation"))
			.raw("\n  ").raw(list).raw("\n</section>");
		String title = section.messageText("cooperation.participants.title") + " – " + agreement.title();
		return HtmlResponse.of(frame.page(title, section.toString(), model.getAttribute("notice"),
				model.getAttribute("problem")));
	}

	@GetMapping("/new")
	String newParticipant(@PathVariable UUID agreementId, Model model) {
		ParticipantAccess.AgreementGrant grant = access.agreement(agreementId, AccessKind.READ, Need.JOBCENTER, "assignment form");
		grant.record(AccessKind.READ, List.of(), "assignment form");
		model.addAttribute("assignForm", AssignForm.empty());
		return assignPage(grant, model);
	}

	@PostMapping("/new")
	String assign(@PathVariable UUID agreementId, @Valid @ModelAttribute("assignForm") AssignForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ParticipantAccess.AgreementGrant grant = access.agreement(agreementId, AccessKind.WRITE, Need.JOBCENTER, "assign participant");
		LocalDate today = access.today();
		if (result.getTarget() != null) {
			if (form.dateOfBirth() != null && (form.dateOfBirth().isAfter(today.minusYears(14))
					|| form.dateOfBirth().isBefore(today.minusYears(100)))) {
				result.rejectValue("dateOfBirth", "cooperation.participant.birthRange");
			}
			if (form.startDate() != null && form.plannedEndDate() != null && form.plannedEndDate().isBefore(form.startDate())) {
				result.rejectValue("plannedEndDate", "cooperation.form.untilBeforeFrom");
			}
		}
		if (result.hasErrors() || result.getTarget() == null) {
			grant.record(AccessKind.WRITE, List.of(), "assign participant (not valid)");
			return assignPage(grant, model);
		}
		@SuppressWarnings("NullAway")
		ParticipantStore.Details details = new ParticipantStore.Details(form.firstName().strip(), form.lastName().strip(),
				blank(form.email()), blank(form.phone()), form.dateOfBirth(), form.gender(), form.language(), form.startDate(),
				form.plannedEndDate());
		UUID id = participants.assign(agreementId, details, grant.personId());
		grant.record(AccessKind.WRITE, List.of(id), "assign participant");
		Flash.notice(redirect, "cooperation.participant.assigned");
		return BASE + agreementId + "/participants/" + id;
	}

	@GetMapping("/{participantId}")
	String show(@PathVariable UUID agreementId, @PathVariable UUID participantId, Model model) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.READ, DataCategory.IDENTITY_CONTACT,
				Need.READ, "participant page");
		return page(grant, model);
	}

	@PostMapping("/{participantId}/status")
	String status(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.JOBCENTER, "change status");
		StatusChange change = null;
		if (!result.hasErrors() && result.getTarget() != null && form.status() != null && form.validFrom() != null) {
			change = new StatusChange(form.status(), form.reason(), form.note(), form.destination(), form.validFrom());
			for (StatusChange.Problem problem : change.problems(grant.participant().status(), access.today())) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		if (result.hasErrors() || change == null) {
			return page(grant, model);
		}
		if (participants.changeStatus(participantId, grant.participant().status(), change, grant.viewer().personId())) {
			Flash.notice(redirect, "cooperation.status.changed");
		}
		else {
			Flash.problem(redirect, "cooperation.status.changedMeanwhile");
		}
		return BASE + agreementId + "/participants/" + participantId + "#status";
	}

	@PostMapping("/{participantId}/consents")
	String consent(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@Valid @ModelAttribute("consentForm") ConsentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.JOBCENTER, "record consent");
		Agreement agreement = grant.agreement();
		Set<UUID> parties = Set.of(agreement.jobcenterId(), agreement.providerId());
		if (result.getTarget() != null) {
			if (form.textId() != null && consents.text(form.textId())
				.filter(t -> t.organisationId() == null || t.organisationId().equals(agreement.jobcenterId()))
				.isEmpty()) {
				result.rejectValue("textId", "cooperation.consent.unknownText");
			}
			if (form.categories() == null || form.categories().isEmpty()) {
				result.rejectValue("categories", "cooperation.consent.categoriesRequired");
			}
			else if (!agreement.dataCategories().containsAll(form.categories())) {
				result.rejectValue("categories", "cooperation.consent.categoryNotAgreed");
			}
			if (form.organisationIds() == null || form.organisationIds().isEmpty()) {
				result.rejectValue("organisationIds", "cooperation.consent.organisationsRequired");
			}
			else if (!parties.containsAll(form.organisationIds())) {
				result.rejectValue("organisationIds", "cooperation.consent.organisationNotParty");
			}
			if (form.givenOn() != null && form.givenOn().isAfter(access.today())) {
				result.rejectValue("givenOn", "cooperation.consent.givenInFuture");
			}
		}
		if (result.hasErrors() || result.getTarget() == null) {
			return page(grant, model);
		}
		@SuppressWarnings("NullAway")
		UUID id = consents.record(participantId, form.textId(), EnumSet.copyOf(form.categories()),
				new LinkedHashSet<>(form.organisationIds()), form.givenOn(), form.givenHow(), form.successStory(),
				grant.viewer().personId());
		Flash.notice(redirect, "cooperation.consent.recorded");
		return BASE + agreementId + "/participants/" + participantId + "#consent-" + id;
	}

	@PostMapping("/{participantId}/consents/{consentId}/withdraw")
	String withdraw(@PathVariable UUID agreementId, @PathVariable UUID participantId, @PathVariable UUID consentId,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.JOBCENTER, "withdraw consent");
		if (note != null && note.length() > 1000) {
			Flash.problem(redirect, "cooperation.consent.noteTooLong");
			return BASE + agreementId + "/participants/" + participantId + "#consents";
		}
		if (consents.withdraw(participantId, consentId, note, grant.viewer().personId())) {
			dropUncoveredSpecialCategories(grant);
			Flash.notice(redirect, "cooperation.consent.withdrawn");
		}
		else {
			Flash.problem(redirect, "cooperation.consent.notWithdrawable");
		}
		return BASE + agreementId + "/participants/" + participantId + "#consents";
	}

	@PostMapping("/{participantId}/special")
	String special(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@Valid @ModelAttribute("specialForm") SpecialForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.JOBCENTER, "special categories");
		if (result.getTarget() != null) {
			check(grant, DataCategory.HEALTH, form.health(), "health", result);
			check(grant, DataCategory.DISABILITY, form.disability(), "disability", result);
			check(grant, DataCategory.MINORITY, form.minority(), "minority", result);
		}
		if (result.hasErrors() || result.getTarget() == null) {
			return page(grant, model);
		}
		participants.seal(participantId, "health_sealed", special.seal(participantId, form.health()));
		participants.seal(participantId, "disability_sealed", special.seal(participantId, form.disability()));
		participants.seal(participantId, "minority_sealed", special.seal(participantId, form.minority()));
		Flash.notice(redirect, "cooperation.special.saved");
		return BASE + agreementId + "/participants/" + participantId + "#special";
	}

	@PostMapping("/{participantId}/caseworkers")
	String caseworkers(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(name = "personIds", required = false) @Nullable List<String> personIds, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.COORDINATOR, "assign provider caseworkers");
		Set<UUID> allowed = caseworkerChoices(grant.agreement()).keySet();
		Set<UUID> chosen = new LinkedHashSet<>();
		for (String id : personIds == null ? List.<String>of() : personIds) {
			UUID person = parse(id);
			if (person == null || !allowed.contains(person)) {
				Flash.problem(redirect, "cooperation.caseworkers.invalid");
				return BASE + agreementId + "/participants/" + participantId + "#caseworkers";
			}
			chosen.add(person);
		}
		participants.setCaseworkers(participantId, chosen, grant.viewer().personId());
		Flash.notice(redirect, "cooperation.caseworkers.saved");
		return BASE + agreementId + "/participants/" + participantId + "#caseworkers";
	}

	// ---- page models ----

	private String assignPage(ParticipantAccess.AgreementGrant grant, Model model) {
		CoopFrame.put(organisations, grant.agreement(), new AccessDecision(true, Side.JOBCENTER, grant.agreement().jobcenterId(), null, null), model);
		model.addAttribute("genders", Gender.values());
		return "cooperation/participant-form";
	}

	private String page(ParticipantGrant grant, Model model) {
		Participant p = grant.participant();
		Agreement agreement = grant.agreement();
		CoopFrame.put(organisations, agreement, grant.decision(), model);
		boolean jobcenter = grant.decision().side() == Side.JOBCENTER;
		List<ParticipantStore.StatusEntry> history = participants.history(p.id());
		List<UUID> caseworkers = participants.caseworkers(p.id());
		List<UUID> people = new ArrayList<>(caseworkers);
		history.forEach(h -> people.add(h.changedBy()));
		grant.consents().forEach(c -> {
			people.add(c.recordedBy());
			if (c.withdrawnBy() != null) {
				people.add(c.withdrawnBy());
			}
		});
		model.addAttribute("participant", p);
		model.addAttribute("history", history);
		model.addAttribute("consents", jobcenter ? grant.consents()
				: grant.consents().stream().filter(c -> c.organisationIds().contains(agreement.providerId())).toList());
		model.addAttribute("names", directory.names(people));
		model.addAttribute("caseworkers", caseworkers);
		model.addAttribute("caseworkerIds", caseworkers.stream().map(UUID::toString).toList());
		Map<UUID, String> partyNames = Map.of(agreement.jobcenterId(), organisations.byId(agreement.jobcenterId()).map(OrganisationSummary::name).orElse(""),
				agreement.providerId(), organisations.byId(agreement.providerId()).map(OrganisationSummary::name).orElse(""));
		Map<UUID, String> consentOrganisations = new java.util.HashMap<>();
		grant.consents().forEach(c -> consentOrganisations.put(c.id(), String.join(", ",
				c.organisationIds().stream().map(o -> partyNames.getOrDefault(o, "–")).toList())));
		model.addAttribute("consentOrganisations", consentOrganisations);
		model.addAttribute("partyNames", Map.of(agreement.jobcenterId(), organisations.byId(agreement.jobcenterId()).map(OrganisationSummary::name).orElse(""),
				agreement.providerId(), organisations.byId(agreement.providerId()).map(OrganisationSummary::name).orElse("")));
		boolean readsSpecial = false;
		ParticipantStore.Sealed sealed = participants.sealed(p.id());
		String health = access.mayRead(grant, DataCategory.HEALTH) ? special.open(p.id(), sealed.health()) : null;
		String disability = access.mayRead(grant, DataCategory.DISABILITY) ? special.open(p.id(), sealed.disability()) : null;
		String minority = access.mayRead(grant, DataCategory.MINORITY) ? special.open(p.id(), sealed.minority()) : null;
		readsSpecial = health != null || disability != null || minority != null;
		model.addAttribute("health", health);
		model.addAttribute("disability", disability);
		model.addAttribute("minority", minority);
		model.addAttribute("readsSpecial", readsSpecial);
		if (jobcenter) {
			if (!model.containsAttribute("statusForm")) {
				model.addAttribute("statusForm", new StatusForm(null, null, null, null, access.today()));
			}
			if (!model.containsAttribute("consentForm")) {
				List<ConsentStore.ConsentText> texts = consents.textsFor(agreement.jobcenterId());
				UUID text = texts.stream().filter(t -> t.language().equals(p.language())).map(ConsentStore.ConsentText::id)
					.findFirst().orElse(null);
				model.addAttribute("consentForm", new ConsentForm(text, new ArrayList<>(agreement.dataCategories()),
						List.of(agreement.jobcenterId(), agreement.providerId()), access.today(), Consent.GivenHow.PAPER, false));
			}
			if (!model.containsAttribute("specialForm")) {
				model.addAttribute("specialForm", new SpecialForm(health, disability, minority));
			}
			model.addAttribute("nextStatuses", p.status().next());
			model.addAttribute("reasons", StatusReason.values());
			model.addAttribute("destinations", ExitDestination.values());
			model.addAttribute("texts", consents.textsFor(agreement.jobcenterId()));
			model.addAttribute("agreedCategories", agreement.dataCategories());
			model.addAttribute("specialAgreed", agreement.dataCategories().stream().anyMatch(DataCategory::special));
			model.addAttribute("howValues", Consent.GivenHow.values());
		}
		if ("COORDINATOR".equals(grant.decision().role())) {
			model.addAttribute("caseworkerChoices", caseworkerChoices(agreement).entrySet().stream()
				.map(e -> new Choice(e.getKey().toString(), e.getValue())).toList());
		}
		return "cooperation/participant";
	}

	/** The provider caseworkers of the agreement, by id, with their names. */
	private Map<UUID, String> caseworkerChoices(Agreement agreement) {
		List<UUID> ids = agreements.staff(agreement.id()).stream()
			.filter(s -> s.role() == StaffRole.CASEWORKER)
			.map(AgreementStore.StaffMember::personId)
			.toList();
		return directory.names(ids);
	}

	private void check(ParticipantGrant grant, DataCategory category, @Nullable String value, String field,
			BindingResult result) {
		if (value == null || value.isBlank()) {
			return;
		}
		if (!grant.agreement().dataCategories().contains(category)) {
			result.rejectValue(field, "cooperation.consent.categoryNotAgreed");
		}
		else if (grant.consents().stream().noneMatch(c -> c.covers(grant.agreement().jobcenterId(), category))) {
			result.rejectValue(field, "cooperation.special.noConsent");
		}
	}

	/** After a withdrawal: a special category no consent covers any more is deleted at once. */
	private void dropUncoveredSpecialCategories(ParticipantGrant grant) {
		List<Consent> remaining = consents.of(grant.participant().id());
		Map<DataCategory, String> columns = Map.of(DataCategory.HEALTH, "health_sealed", DataCategory.DISABILITY,
				"disability_sealed", DataCategory.MINORITY, "minority_sealed");
		columns.forEach((category, column) -> {
			if (remaining.stream().noneMatch(c -> !c.withdrawn() && c.categories().contains(category))) {
				participants.seal(grant.participant().id(), column, null);
			}
		});
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
