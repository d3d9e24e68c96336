package org.werkstatt.cooperation.plan;

import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.AccessDecision;
import org.werkstatt.cooperation.participant.CoopFrame;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantAccess;
import org.werkstatt.cooperation.participant.ParticipantAccess.ListGrant;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.cooperation.participant.ParticipantAccess.ParticipantGrant;
import org.werkstatt.cooperation.plan.PlanForms.MessageForm;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * The messages thread per participant between the two sides, and an agreement's threads with unread messages.
 * Opening a thread marks the other side's messages read. Data category GOALS_PLAN; one access-log entry per request.
 */
@Controller
class CoopMessagePages {

	private final ParticipantAccess access;
	private final CoopMessages messages;
	private final StaffDirectory directory;
	private final Organisations organisations;

	CoopMessagePages(ParticipantAccess access, CoopMessages messages, StaffDirectory directory, Organisations organisations) {
		this.access = access;
		this.messages = messages;
		this.directory = directory;
		this.organisations = organisations;
	}

	@GetMapping("/work/coop/{agreementId}/participants/{participantId}/messages")
	String thread(@PathVariable UUID agreementId, @PathVariable UUID participantId, Model model) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.READ, DataCategory.GOALS_PLAN,
				Need.READ, "messages");
		return page(grant, model, true);
	}

	@PostMapping("/work/coop/{agreementId}/participants/{participantId}/messages")
	String send(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@Valid @ModelAttribute("messageForm") MessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.GOALS_PLAN,
				Need.READ, "send message");
		String body = result.getTarget() == null ? null : IndividualPlanPages.blank(form.messageBody());
		if (result.hasErrors() || body == null) {
			return page(grant, model, false);
		}
		UUID person = grant.viewer().personId();
		if (person == null) {
			throw new NotFoundException();
		}
		UUID id = messages.send(participantId, grant.decision().side(), body, person);
		Flash.notice(redirect, "coopMessage.sent");
		return "redirect:/work/coop/" + agreementId + "/participants/" + participantId + "/messages#message-" + id;
	}

	/** The agreement's participants (of those the person may list) whose thread has unread messages for their side. */
	@GetMapping("/work/coop/{agreementId}/messages")
	String unread(@PathVariable UUID agreementId, Model model) {
		ListGrant grant = access.list(agreementId, "unread messages", (listable, agreement, decision) -> {
			Set<UUID> unread = messages.unreadFor(listable.stream().map(Participant::id).toList(), decision.side());
			return listable.stream().filter(p -> unread.contains(p.id())).toList();
		});
		CoopFrame.put(organisations, grant.agreement(), grant.decision(), model);
		model.addAttribute("participants", grant.participants());
		return "cooperation/messages-unread";
	}

	private String page(ParticipantGrant grant, Model model, boolean markRead) {
		CoopFrame.put(organisations, grant.agreement(), grant.decision(), model);
		UUID person = grant.viewer().personId();
		if (markRead && person != null) {
			messages.markRead(grant.participant().id(), grant.decision().side(), person);
		}
		List<CoopMessages.Message> thread = messages.thread(grant.participant().id());
		List<UUID> people = new ArrayList<>(thread.stream().map(CoopMessages.Message::sentBy).toList());
		model.addAttribute("participant", grant.participant());
		model.addAttribute("thread", thread);
		model.addAttribute("names", directory.names(people));
		model.addAttribute("mySide", grant.decision().side());
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm(null));
		}
		return "cooperation/messages";
	}


}
