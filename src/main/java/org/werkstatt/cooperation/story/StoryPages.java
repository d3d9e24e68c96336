package org.werkstatt.cooperation.story;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.AccessDecision;
import org.werkstatt.cooperation.participant.Consent;
import org.werkstatt.cooperation.participant.CoopFrame;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantAccess;
import org.werkstatt.cooperation.participant.ParticipantAccess.ListGrant;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.cooperation.participant.ParticipantAccess.ParticipantGrant;
import org.werkstatt.cooperation.story.StoryForms.ReviewForm;
import org.werkstatt.cooperation.story.StoryForms.StoryForm;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * A participant's success story (one per participation): the provider writes and submits it, the jobcenter approves
 * it or sends it back, either side publishes an approved story or takes it off the site. Every handler asks the
 * access rule once (one access-log entry); the story needs, on top, the participant's valid consent to a story.
 */
@Controller
class StoryPages {

	private static final String BASE = "redirect:/work/coop/";

	private final ParticipantAccess access;
	private final StoryStore stories;
	private final Organisations organisations;

	StoryPages(ParticipantAccess access, StoryStore stories, Organisations organisations) {
		this.access = access;
		this.stories = stories;
		this.organisations = organisations;
	}

	@GetMapping("/work/coop/{agreementId}/stories")
	String list(@PathVariable UUID agreementId, Model model) {
		List<Story> shown = new ArrayList<>();
		ListGrant grant = access.list(agreementId, "success stories", (listable, agreement, decision) -> {
			shown.addAll(stories.ofParticipants(listable.stream().map(Participant::id).toList()));
			Set<UUID> told = shown.stream().map(Story::participantId).collect(Collectors.toSet());
			return listable.stream().filter(p -> told.contains(p.id())).toList();
		});
		common(grant.agreement(), grant.decision(), model);
		model.addAttribute("stories", shown);
		model.addAttribute("names", grant.participants().stream()
			.collect(Collectors.toMap(Participant::id, p -> p.lastName() + ", " + p.firstName())));
		return "cooperation/story/stories";
	}

	@GetMapping("/work/coop/{agreementId}/participants/{participantId}/story")
	String show(@PathVariable UUID agreementId, @PathVariable UUID participantId, Model model) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.READ, DataCategory.IDENTITY_CONTACT,
				Need.READ, "success story");
		return page(grant, model);
	}

	@PostMapping("/work/coop/{agreementId}/participants/{participantId}/story")
	String save(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@Valid @ModelAttribute("storyForm") StoryForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.PROVIDER, "write success story");
		if (result.getTarget() == null) {
			return page(grant, model);
		}
		Participant p = grant.participant();
		Optional<Consent> consent = StoryRules.storyConsent(grant.consents(), grant.agreement().providerId());
		Optional<Story> story = stories.ofParticipant(participantId);
		if (consent.isEmpty()) {
			result.reject("story.noConsent");
		}
		else if (story.isPresent() && !story.get().status().editable()) {
			result.reject("story.notEditable");
		}
		if (!result.hasFieldErrors("pseudonym") && form.pseudonym() != null
				&& StoryRules.pseudonymIsRealName(form.pseudonym(), p.firstName(), p.lastName())) {
			result.rejectValue("pseudonym", "story.pseudonym.realName");
		}
		List<StoryRules.Warning> warnings = StoryRules.warnings(String.join(" ", nonNull(form.pseudonym()), nonNull(form.title()),
				nonNull(form.body()), nonNull(form.district())), p.firstName(), p.lastName(), p.dateOfBirth());
		if (!warnings.isEmpty() && !form.confirmed()) {
			result.rejectValue("acknowledged", "story.warning.confirm");
		}
		if (result.hasErrors() || consent.isEmpty()) {
			model.addAttribute("warnings", warnings);
			return page(grant, model);
		}
		@SuppressWarnings("NullAway")
		String pseudonym = form.pseudonym().strip(), title = form.title().strip(), body = form.body().strip();
		String district = form.district() == null || form.district().isBlank() ? null : form.district().strip();
		UUID by = person(grant);
		boolean saved = story.isEmpty()
				? stories.create(participantId, consent.get().id(), pseudonym, title, body, district, by)
				: form.version() != null && stories.change(participantId, form.version(), consent.get().id(), pseudonym, title,
						body, district, by);
		if (!saved) {
			result.reject("story.changedMeanwhile");
			model.addAttribute("warnings", warnings);
			return page(grant, model);
		}
		Flash.notice(redirect, "story.saved");
		return BASE + agreementId + "/participants/" + participantId + "/story";
	}

	@PostMapping("/work/coop/{agreementId}/participants/{participantId}/story/submit")
	String submit(@PathVariable UUID agreementId, @PathVariable UUID participantId, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.PROVIDER, "submit success story");
		boolean consented = StoryRules.storyConsent(grant.consents(), grant.agreement().providerId()).isPresent();
		if (consented && stories.move(participantId, EnumSet.of(StoryStatus.DRAFT, StoryStatus.SENT_BACK), StoryStatus.SUBMITTED,
				null, person(grant))) {
			Flash.notice(redirect, "story.submitted");
		}
		else {
			Flash.problem(redirect, consented ? "story.notSubmittable" : "story.noConsent");
		}
		return BASE + agreementId + "/participants/" + participantId + "/story";
	}

	@PostMapping("/work/coop/{agreementId}/participants/{participantId}/story/review")
	String review(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.JOBCENTER, "review success story");
		boolean approve = "APPROVE".equals(form.decision());
		if (!result.hasFieldErrors("decision") && !approve && (form.reason() == null || form.reason().isBlank())) {
			result.rejectValue("reason", "story.review.reasonRequired");
		}
		if (StoryRules.storyConsent(grant.consents(), grant.agreement().providerId()).isEmpty()) {
			result.reject("story.noConsent");
		}
		if (result.hasErrors() || result.getTarget() == null) {
			return page(grant, model);
		}
		String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
		if (stories.move(participantId, Set.of(StoryStatus.SUBMITTED), approve ? StoryStatus.APPROVED : StoryStatus.SENT_BACK,
				reason, person(grant))) {
			Flash.notice(redirect, approve ? "story.approved" : "story.sentBack");
		}
		else {
			Flash.problem(redirect, "story.notReviewable");
		}
		return BASE + agreementId + "/participants/" + participantId + "/story";
	}

	@PostMapping("/work/coop/{agreementId}/participants/{participantId}/story/publish")
	String publish(@PathVariable UUID agreementId, @PathVariable UUID participantId, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.READ, "publish success story");
		boolean consented = StoryRules.storyConsent(grant.consents(), grant.agreement().providerId()).isPresent();
		if (consented && stories.move(participantId, Set.of(StoryStatus.APPROVED), StoryStatus.PUBLISHED, null, person(grant))) {
			Flash.notice(redirect, "story.published");
		}
		else {
			Flash.problem(redirect, consented ? "story.notPublishable" : "story.noConsent");
		}
		return BASE + agreementId + "/participants/" + participantId + "/story";
	}

	@PostMapping("/work/coop/{agreementId}/participants/{participantId}/story/unpublish")
	String unpublish(@PathVariable UUID agreementId, @PathVariable UUID participantId, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.READ, "take success story off the site");
		if (stories.move(participantId, Set.of(StoryStatus.PUBLISHED), StoryStatus.APPROVED, null, person(grant))) {
			Flash.notice(redirect, "story.unpublished");
		}
		return BASE + agreementId + "/participants/" + participantId + "/story";
	}

	private String page(ParticipantGrant grant, Model model) {
		common(grant.agreement(), grant.decision(), model);
		boolean jobcenter = grant.decision().side() == AccessDecision.Side.JOBCENTER;
		Optional<Story> story = stories.ofParticipant(grant.participant().id());
		Optional<Consent> consent = StoryRules.storyConsent(grant.consents(), grant.agreement().providerId());
		model.addAttribute("participant", grant.participant());
		model.addAttribute("story", story.orElse(null));
		model.addAttribute("consent", consent.orElse(null));
		boolean editable = !jobcenter && consent.isPresent() && story.map(s -> s.status().editable()).orElse(true);
		model.addAttribute("editable", editable);
		if (editable && model.getAttribute("storyForm") == null) {
			model.addAttribute("storyForm", story.map(StoryForm::of).orElse(StoryForm.empty()));
		}
		if (!model.containsAttribute("warnings")) {
			model.addAttribute("warnings", story.filter(s -> s.status() != StoryStatus.WITHDRAWN)
				.map(s -> StoryRules.warnings(String.join(" ", s.pseudonym(), s.title(), s.body(), nonNull(s.district())),
						grant.participant().firstName(), grant.participant().lastName(), grant.participant().dateOfBirth()))
				.orElse(List.of()));
		}
		boolean reviewable = jobcenter && consent.isPresent() && story.map(s -> s.status().reviewable()).orElse(false);
		model.addAttribute("reviewable", reviewable);
		if (reviewable && model.getAttribute("reviewForm") == null) {
			model.addAttribute("reviewForm", new ReviewForm(null, null));
		}
		return "cooperation/story/story";
	}

	private void common(Agreement agreement, AccessDecision decision, Model model) {
		CoopFrame.put(organisations, agreement, decision, model);
		model.addAttribute("provider", organisations.byId(agreement.providerId()).orElse(null));
	}

	private static UUID person(ParticipantGrant grant) {
		UUID person = grant.viewer().personId();
		if (person == null) {
			throw new NotFoundException();
		}
		return person;
	}

	private static String nonNull(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text;
	}
}
