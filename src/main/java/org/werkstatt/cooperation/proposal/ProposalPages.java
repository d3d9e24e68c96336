package org.werkstatt.cooperation.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.cooperation.agreement.ChangeKind;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.AccessDecision;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.cooperation.participant.CoopFrame;
import org.werkstatt.cooperation.participant.ExitDestination;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantAccess;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.cooperation.participant.ParticipantAccess.ParticipantGrant;
import org.werkstatt.cooperation.participant.ParticipantStatus;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * Proposals of a participation: the provider proposes and withdraws, the jobcenter approves or rejects; and the
 * agreement's open proposals (the eM@w inbox). Every handler goes through {@link ParticipantAccess} first (one
 * access-log entry per request, category IDENTITY_CONTACT: a proposal is about the participation itself); the
 * proposal's id travels in the form, never in the address.
 */
@Controller
@RequestMapping("/work/coop/{agreementId}")
class ProposalPages {

	private final ParticipantAccess access;
	private final ProposalStore proposals;
	private final AgreementStore agreements;
	private final StaffDirectory directory;
	private final Organisations organisations;

	ProposalPages(ParticipantAccess access, ProposalStore proposals, AgreementStore agreements, StaffDirectory directory,
			Organisations organisations) {
		this.access = access;
		this.proposals = proposals;
		this.agreements = agreements;
		this.directory = directory;
		this.organisations = organisations;
	}

	/** An open proposal in the agreement's inbox, with its participant. */
	record Waiting(Proposal proposal, Participant participant) {
	}

	@GetMapping("/proposals")
	String inbox(@PathVariable UUID agreementId, Model model) {
		List<Proposal> open = new ArrayList<>();
		ParticipantAccess.ListGrant grant = access.list(agreementId, "open proposals", (listable, agreement, decision) -> {
			open.addAll(proposals.openOf(listable.stream().map(Participant::id).toList()));
			Set<UUID> waitingFor = open.stream().map(Proposal::participantId).collect(Collectors.toSet());
			return listable.stream().filter(p -> waitingFor.contains(p.id())).toList();
		});
		Map<UUID, Participant> shown = grant.participants().stream()
			.collect(Collectors.toMap(Participant::id, Function.identity()));
		List<Waiting> waiting = open.stream().map(p -> new Waiting(p, shown.get(p.participantId()))).toList();
		CoopFrame.put(organisations, grant.agreement(), grant.decision(), model);
		model.addAttribute("waiting", waiting);
		model.addAttribute("today", access.today());
		return "cooperation/proposals";
	}

	@GetMapping("/participants/{participantId}/proposals")
	String show(@PathVariable UUID agreementId, @PathVariable UUID participantId, Model model) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.READ, DataCategory.IDENTITY_CONTACT,
				Need.READ, "proposals");
		model.addAttribute("proposalForm", ProposalForm.empty());
		return page(grant, model);
	}

	@PostMapping("/participants/{participantId}/proposals")
	String propose(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.READ, "make a proposal");
		if (grant.decision().side() != Side.PROVIDER) {
			Flash.problem(redirect, "proposal.providerOnly");
			return redirect(agreementId, participantId);
		}
		Participant participant = grant.participant();
		ProposalRules.Content content = null;
		if (result.getTarget() != null && form.kind() != null) {
			content = form.content();
			for (ProposalRules.Problem problem : ProposalRules.problems(content, participant, access.today())) {
				if (!result.hasFieldErrors(problem.field())) {
					result.rejectValue(problem.field(), problem.messageKey());
				}
			}
		}
		if (result.hasErrors() || content == null) {
			model.addAttribute("retry", true);
			return page(grant, model);
		}
		Set<ChangeKind> required = agreements.decisionRequired(agreementId);
		boolean needsDecision = ProposalRules.needsDecision(content.kind(), required);
		UUID by = person(grant);
		Optional<UUID> id = proposals.propose(participant, content, needsDecision, access.today(), by);
		if (id.isEmpty()) {
			Flash.problem(redirect, "proposal.changedMeanwhile");
			return redirect(agreementId, participantId);
		}
		Flash.notice(redirect, needsDecision ? "proposal.proposed" : "proposal.applied");
		return redirect(agreementId, participantId) + "#proposal-" + id.get();
	}

	@PostMapping("/participants/{participantId}/proposals/withdraw")
	String withdraw(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String proposalId, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.READ, "withdraw a proposal");
		if (grant.decision().side() != Side.PROVIDER) {
			Flash.problem(redirect, "proposal.providerOnly");
			return redirect(agreementId, participantId);
		}
		Optional<Proposal> proposal = parse(proposalId).flatMap(id -> proposals.find(id, participantId));
		if (proposal.isPresent() && ProposalRules.withdrawable(proposal.get())
				&& proposals.withdraw(proposal.get().id(), participantId, person(grant))) {
			Flash.notice(redirect, "proposal.withdrawn");
		}
		else {
			Flash.problem(redirect, "proposal.notOpen");
		}
		return redirect(agreementId, participantId);
	}

	@PostMapping("/participants/{participantId}/proposals/decision")
	String decide(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String proposalId, @RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.IDENTITY_CONTACT,
				Need.JOBCENTER, "decide on a proposal");
		Optional<Proposal> found = parse(proposalId).flatMap(id -> proposals.find(id, participantId));
		if (found.isEmpty() || !ProposalRules.decidable(found.get())) {
			Flash.problem(redirect, "proposal.notOpen");
			return redirect(agreementId, participantId);
		}
		Proposal proposal = found.get();
		if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
			return decisionError(grant, proposal, "proposal.decisionRequired", null, note, model);
		}
		boolean approve = "APPROVE".equals(decision);
		String problem = ProposalRules.decisionProblem(approve, note);
		if (problem == null && approve) {
			problem = ProposalRules.problems(ProposalRules.content(proposal), grant.participant(), access.today()).stream()
				.map(p -> "proposal.participationEnded".equals(p.messageKey()) ? p.messageKey() : "proposal.noLongerApplicable")
				.findFirst().orElse(null);
		}
		if (problem != null) {
			return decisionError(grant, proposal, problem, decision, note, model);
		}
		switch (proposals.decide(proposal, grant.participant(), approve, note, person(grant))) {
			case DONE -> Flash.notice(redirect, approve ? "proposal.approved" : "proposal.rejected");
			case NOT_OPEN -> Flash.problem(redirect, "proposal.notOpen");
			case CHANGED_MEANWHILE -> Flash.problem(redirect, "proposal.changedMeanwhile");
		}
		return redirect(agreementId, participantId) + "#proposal-" + proposal.id();
	}

	// ---- page models ----

	private String decisionError(ParticipantGrant grant, Proposal proposal, String messageKey, @Nullable String choice,
			@Nullable String note, Model model) {
		model.addAttribute("decisionError", messageKey);
		model.addAttribute("decisionChoice", choice == null ? "" : choice);
		model.addAttribute("decisionFor", proposal.id());
		model.addAttribute("decisionNote", note);
		return page(grant, model);
	}

	private String page(ParticipantGrant grant, Model model) {
		Participant p = grant.participant();
		CoopFrame.put(organisations, grant.agreement(), grant.decision(), model);
		List<Proposal> all = proposals.of(p.id());
		List<UUID> people = new ArrayList<>();
		all.forEach(x -> {
			people.add(x.proposedBy());
			if (x.decidedBy() != null) {
				people.add(x.decidedBy());
			}
		});
		boolean provider = grant.decision().side() == Side.PROVIDER;
		model.addAttribute("participant", p);
		model.addAttribute("weeklyHours", proposals.weeklyHours(p.id()));
		model.addAttribute("proposals", all);
		model.addAttribute("names", directory.names(people));
		model.addAttribute("today", access.today());
		model.addAttribute("ended", p.status().isFinal());
		// after a refused proposal the form stays, with what was typed and why (also on an ended participation)
		model.addAttribute("mayPropose", provider && (!p.status().isFinal() || model.containsAttribute("retry")));
		model.addAttribute("mayWithdraw", provider);
		model.addAttribute("mayDecide", grant.decision().side() == Side.JOBCENTER);
		Set<ChangeKind> required = agreements.decisionRequired(grant.agreement().id());
		model.addAttribute("decisionRequired", required);
		model.addAttribute("kinds", ChangeKind.values());
		model.addAttribute("endReasons", ParticipantStatus.ENDED.reasons());
		model.addAttribute("destinations", Arrays.asList(ExitDestination.values()));
		model.addAttribute("answerDays", ProposalRules.ANSWER_DAYS);
		return "cooperation/proposal";
	}


	private static UUID person(ParticipantGrant grant) {
		UUID person = grant.viewer().personId();
		if (person == null) {
			throw new NotFoundException();
		}
		return person;
	}

	private static String redirect(UUID agreementId, UUID participantId) {
		return "redirect:/work/coop/" + agreementId + "/participants/" + participantId + "/proposals";
	}

	private static Optional<UUID> parse(@Nullable String id) {
		try {
			return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
