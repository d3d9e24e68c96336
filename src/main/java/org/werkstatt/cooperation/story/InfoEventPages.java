package org.werkstatt.cooperation.story;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.AccessDecision;
import org.werkstatt.cooperation.participant.CoopFrame;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantAccess;
import org.werkstatt.cooperation.participant.ParticipantAccess.AgreementGrant;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.cooperation.participant.ParticipantAccess.ParticipantGrant;
import org.werkstatt.cooperation.story.StoryForms.InfoEventForm;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Choice;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;
import org.werkstatt.workshop.EventSummary;
import org.werkstatt.workshop.Events;
import org.werkstatt.workshop.InfoEvents;

/**
 * Info events about an offer of the agreement: provider staff of the agreement create them (a workshop event of the
 * format INFO_EVENT owned by the jobcenter, the provider as co-organiser); a jobcenter caseworker invites a
 * participant (recorded on the participant through the access rule) and prints the letter in the participant's
 * language. No e-mail of social data.
 */
@Controller
class InfoEventPages {

	private final ParticipantAccess access;
	private final InfoEventStore infoEvents;
	private final InfoEvents workshop;
	private final Events events;
	private final Offers offers;
	private final Organisations organisations;
	private final StaffDirectory directory;
	private final MessageSource messages;
	private final SiteTime siteTime;

	InfoEventPages(ParticipantAccess access, InfoEventStore infoEvents, InfoEvents workshop, Events events, Offers offers,
			Organisations organisations, StaffDirectory directory, MessageSource messages, SiteTime siteTime) {
		this.access = access;
		this.infoEvents = infoEvents;
		this.workshop = workshop;
		this.events = events;
		this.offers = offers;
		this.organisations = organisations;
		this.directory = directory;
		this.messages = messages;
		this.siteTime = siteTime;
	}

	@GetMapping("/work/coop/{agreementId}/info-events")
	String list(@PathVariable UUID agreementId, Model model) {
		AgreementGrant grant = access.agreement(agreementId, AccessKind.READ, Need.READ, "info events");
		grant.record(AccessKind.READ, List.of(), "info events");
		return listPage(grant, model);
	}

	@PostMapping("/work/coop/{agreementId}/info-events")
	String create(@PathVariable UUID agreementId, @Valid @ModelAttribute("infoEventForm") InfoEventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AgreementGrant grant = access.agreement(agreementId, AccessKind.WRITE, Need.PROVIDER, "create info event");
		Agreement agreement = grant.agreement();
		List<OfferSummary> choices = offerChoices(agreement);
		if (result.getTarget() != null) {
			if (form.offerId() != null && choices.stream().noneMatch(o -> o.id().equals(form.offerId()))) {
				result.rejectValue("offerId", "infoEvent.offer.notOwn");
			}
			else if (form.offerId() == null && !choices.isEmpty()) {
				result.rejectValue("offerId", "validation.required");
			}
			if (form.startsAt() != null && form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
				result.rejectValue("endsAt", "infoEvent.endsBeforeStart");
			}
			if (form.startsAt() != null && form.startsAt().isBefore(LocalDateTime.now(siteTime.zone()))) {
				result.rejectValue("startsAt", "infoEvent.inPast");
			}
		}
		if (result.hasErrors() || result.getTarget() == null) {
			grant.record(AccessKind.WRITE, List.of(), "create info event (not valid)");
			return listPage(grant, model);
		}
		@SuppressWarnings("NullAway")
		InfoEvents.Draft draft = new InfoEvents.Draft(form.title().strip(), blank(form.description()), form.startsAt(),
				form.endsAt(), blank(form.venueName()), blank(form.street()), blank(form.postalCode()), blank(form.city()),
				Boolean.TRUE.equals(form.listed()));
		UUID eventId = workshop.create(agreement.jobcenterId(), agreement.providerId(), draft);
		infoEvents.add(eventId, agreementId, form.offerId(), grant.personId());
		grant.record(AccessKind.WRITE, List.of(), "create info event");
		Flash.notice(redirect, "infoEvent.created");
		return "redirect:/work/coop/" + agreementId + "/info-events";
	}

	@GetMapping("/work/coop/{agreementId}/participants/{participantId}/info-events")
	String invitations(@PathVariable UUID agreementId, @PathVariable UUID participantId, Model model) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.READ, DataCategory.IDENTITY_CONTACT,
				Need.READ, "info event invitations");
		return invitationsPage(grant, model);
	}

	@PostMapping("/work/coop/{agreementId}/participants/{participantId}/info-events")
	String invite(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(name = "eventId", required = false) @Nullable String eventId, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.JOBCENTER, "invite to info event");
		UUID event = parse(eventId);
		boolean open = event != null && infoEvents.find(agreementId, event).isPresent()
				&& events.byIds(List.of(event)).stream().anyMatch(e -> e.endsAt().isAfter(java.time.Instant.now()));
		if (!open) {
			model.addAttribute("inviteProblem", "infoEvent.invite.unknown");
			return invitationsPage(grant, model);
		}
		UUID person = grant.viewer().personId();
		if (person == null) {
			throw new NotFoundException();
		}
		if (infoEvents.invite(participantId, event, person)) {
			Flash.notice(redirect, "infoEvent.invited");
		}
		else {
			Flash.problem(redirect, "infoEvent.invite.already");
		}
		return "redirect:/work/coop/" + agreementId + "/participants/" + participantId + "/info-events";
	}

	@GetMapping("/work/coop/{agreementId}/participants/{participantId}/info-events/letter")
	String letter(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(name = "event", required = false) @Nullable String eventId, Model model) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.EXPORT, DataCategory.IDENTITY_CONTACT,
				Need.JOBCENTER, "info event invitation letter");
		UUID event = parse(eventId);
		if (event == null || infoEvents.invitation(participantId, event).isEmpty()) {
			throw new NotFoundException();
		}
		EventSummary summary = events.byIds(List.of(event)).stream().findFirst().orElseThrow(NotFoundException::new);
		Participant p = grant.participant();
		Agreement agreement = grant.agreement();
		Locale locale = Locale.forLanguageTag(p.language());
		ZoneId zone = siteTime.zone();
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale).withZone(zone)
			.format(summary.startsAt());
		String jobcenter = organisations.byId(agreement.jobcenterId()).map(OrganisationSummary::name).orElse("");
		String provider = organisations.byId(agreement.providerId()).map(OrganisationSummary::name).orElse("");
		String where = summary.city() == null ? (summary.online() ? text("infoEvent.letter.online", locale) : "–") : summary.city();
		model.addAttribute("letter", new Letter(p.language(), text("infoEvent.letter.heading", locale),
				text("infoEvent.letter.salutation", locale, p.name()),
				text("infoEvent.letter.body", locale, summary.title(), jobcenter, provider),
				text("infoEvent.letter.when", locale), when, text("infoEvent.letter.where", locale), where,
				text("infoEvent.letter.closing", locale, jobcenter), text("infoEvent.letter.print", Locale.forLanguageTag(
						org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())),
				"/events/" + summary.id()));
		model.addAttribute("agreement", agreement);
		model.addAttribute("participant", p);
		return "cooperation/story/letter";
	}

	/** The letter's texts, all in the participant's language. */
	record Letter(String language, String heading, String salutation, String body, String whenLabel, String when,
			String whereLabel, String where, String closing, String printHint, String eventPath) {
	}

	// ---- page models ----

	private String listPage(AgreementGrant grant, Model model) {
		Agreement agreement = grant.agreement();
		CoopFrame.put(organisations, grant.agreement(), grant.decision(), model);
		boolean provider = grant.decision().side() == AccessDecision.Side.PROVIDER;
		List<InfoEventStore.InfoEvent> own = infoEvents.ofAgreement(agreement.id());
		Map<UUID, EventSummary> summaries = events.byIds(own.stream().map(InfoEventStore.InfoEvent::eventId).toList()).stream()
			.collect(Collectors.toMap(EventSummary::id, Function.identity()));
		List<OfferSummary> choices = offerChoices(agreement);
		Map<UUID, String> offerTitles = offers.published(own.stream().map(InfoEventStore.InfoEvent::offerId)
			.filter(java.util.Objects::nonNull).toList()).stream().collect(Collectors.toMap(OfferSummary::id, OfferSummary::title));
		List<Row> rows = new ArrayList<>();
		for (InfoEventStore.InfoEvent e : own) {
			EventSummary s = summaries.get(e.eventId());
			if (s != null) {
				rows.add(new Row(s, e.offerId() == null ? null : offerTitles.get(e.offerId())));
			}
		}
		rows.sort(java.util.Comparator.comparing(r -> r.event().startsAt()));
		model.addAttribute("rows", rows);
		model.addAttribute("providerSide", provider);
		if (provider) {
			model.addAttribute("offerChoices", choices.stream().map(o -> new Choice(o.id().toString(), o.title())).toList());
			if (model.getAttribute("infoEventForm") == null) {
				model.addAttribute("infoEventForm", InfoEventForm.empty());
			}
		}
		return "cooperation/story/info-events";
	}

	/** An info event as listed: the event and the offer's title. */
	record Row(EventSummary event, @Nullable String offerTitle) {
	}

	private String invitationsPage(ParticipantGrant grant, Model model) {
		CoopFrame.put(organisations, grant.agreement(), grant.decision(), model);
		Agreement agreement = grant.agreement();
		boolean jobcenter = grant.decision().side() == AccessDecision.Side.JOBCENTER;
		List<InfoEventStore.Invitation> invitations = infoEvents.invitations(grant.participant().id());
		List<InfoEventStore.InfoEvent> own = infoEvents.ofAgreement(agreement.id());
		List<UUID> ids = new ArrayList<>(own.stream().map(InfoEventStore.InfoEvent::eventId).toList());
		Map<UUID, EventSummary> summaries = events.byIds(ids).stream().collect(Collectors.toMap(EventSummary::id, Function.identity()));
		model.addAttribute("participant", grant.participant());
		model.addAttribute("invitations", invitations.stream().filter(i -> summaries.containsKey(i.eventId()))
			.map(i -> new Invited(summaries.get(i.eventId()), i)).toList());
		model.addAttribute("names", directory.names(invitations.stream().map(InfoEventStore.Invitation::invitedBy).toList()));
		java.time.Instant now = java.time.Instant.now();
		List<UUID> invitedIds = invitations.stream().map(InfoEventStore.Invitation::eventId).toList();
		model.addAttribute("eventChoices", summaries.values().stream()
			.filter(e -> e.endsAt().isAfter(now) && !invitedIds.contains(e.id()))
			.sorted(java.util.Comparator.comparing(EventSummary::startsAt))
			.map(e -> new Choice(e.id().toString(), e.title() + " – " + siteTime.format(e.startsAt())))
			.toList());
		return "cooperation/story/invitations";
	}

	/** An invitation with its event. */
	record Invited(EventSummary event, InfoEventStore.Invitation invitation) {
	}

	/** The provider's published offers, those of the agreement when it names any. */
	private List<OfferSummary> offerChoices(Agreement agreement) {
		List<OfferSummary> own = offers.publishedOf(agreement.providerId());
		List<UUID> named = infoEvents.offersOf(agreement.id());
		return named.isEmpty() ? own : own.stream().filter(o -> named.contains(o.id())).toList();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable UUID parse(@Nullable String id) {
		if (id == null) {
			return null;
		}
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
