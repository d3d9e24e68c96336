package org.werkstatt.cooperation.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.werkstatt.cooperation.plan.IndividualPlanPages.Line;
import org.werkstatt.platform.web.HtmlWriter;
import org.werkstatt.platform.web.SiteTime;

/**
 * The plan page's items (goals, milestones, modules, notes, the timeline), each with its forms, written as HTML here
 * rather than by the template: the page is rendered for every read of a plan, and its 20 to 30 item forms were
 * most of a page's cost (docs/performance.md, "Cooperation"); so are the forms that add an item, with what was
 * typed and its errors when one comes back (HtmlWriter's form fields). The markup is the one the template had; the
 * template keeps the headings and places these with {@code th:utext}.
 */
final class PlanHtml {

	/** A module whose dates were refused, with what was typed and why (none: {@code module} is null). */
	record RefusedDates(@Nullable UUID module, @Nullable String problem, String started, String completed) {

		static final RefusedDates NONE = new RefusedDates(null, null, "", "");
	}

	private final MessageSource messages;
	private final SiteTime siteTime;
	private final String base;
	private final int version;

	PlanHtml(MessageSource messages, SiteTime siteTime, String base, int version) {
		this.messages = messages;
		this.siteTime = siteTime;
		this.base = base;
		this.version = version;
	}

	String goals(List<IndividualPlan.Goal> goals) {
		HtmlWriter w = HtmlWriter.forRequest(messages, goals.size() * 1_400);
		for (IndividualPlan.Goal g : goals) {
			w.raw("\n      <li class=\"coop-plan__item\">\n        <span class=\"coop-text\">").text(g.text()).raw("</span>");
			if (g.achievedOn() != null) {
				w.raw("\n        <span class=\"kern-badge kern-badge--small kern-badge--success\">")
					.message("coopPlan.goal.achievedOn", siteTime.day(g.achievedOn())).raw("</span>");
			}
			w.raw("\n        <span class=\"coop-plan__actions\">\n          ");
			doneAndRemove(w, "/goals/achieved", "/goals/remove", "goalId", g.id(), g.achievedOn() == null,
					"coopPlan.goal.markAchieved", "coopPlan.goal.reopen", g.text());
			w.raw("\n        </span>\n      </li>");
		}
		return w.toString();
	}

	String milestoneRows(List<IndividualPlan.Milestone> milestones) {
		HtmlWriter w = HtmlWriter.forRequest(messages, milestones.size() * 1_800);
		String due = w.messageText("coopPlan.milestone.due");
		String title = w.messageText("coopPlan.milestone.title");
		String state = w.messageText("coopPlan.milestone.state");
		String actions = w.messageText("form.actions");
		for (IndividualPlan.Milestone m : milestones) {
			w.raw("\n          <tr class=\"kern-table__row\">\n            <td class=\"kern-table__cell\" data-label=\"").text(due).raw("\">")
				.text(siteTime.day(m.dueOn()))
				.raw("</td>\n            <td class=\"kern-table__cell coop-text\" data-label=\"").text(title).raw("\">").text(m.title())
				.raw("</td>\n            <td class=\"kern-table__cell\" data-label=\"").text(state).raw("\">");
			if (m.doneOn() == null) {
				w.message("coopPlan.milestone.open");
			}
			else {
				w.message("coopPlan.milestone.doneOn", siteTime.day(m.doneOn()));
			}
			w.raw("</td>\n            <td class=\"kern-table__cell coop-plan__actions\" data-label=\"").text(actions).raw("\">\n              ");
			doneAndRemove(w, "/milestones/done", "/milestones/remove", "milestoneId", m.id(), m.doneOn() == null,
					"coopPlan.milestone.markDone", "coopPlan.milestone.reopen", m.title());
			w.raw("\n            </td>\n          </tr>");
		}
		return w.toString();
	}

	String modules(List<IndividualPlan.Module> modules, RefusedDates refused) {
		HtmlWriter w = HtmlWriter.forRequest(messages, modules.size() * 2_600);
		for (IndividualPlan.Module m : modules) {
			boolean bad = m.id().equals(refused.module());
			String id = m.id().toString();
			w.raw("\n    <div id=\"module-").text(id).raw("\" class=\"coop-plan__module kern-stack-sm\">\n      <h3 class=\"kern-heading-small\">")
				.text(m.name());
			if (m.completedOn() != null) {
				w.raw("\n        <span class=\"kern-badge kern-badge--small kern-badge--success\">").message("coopPlan.module.completed")
					.raw("</span>");
			}
			else if (m.startedOn() != null) {
				w.raw("\n        <span class=\"kern-badge kern-badge--small kern-badge--info\">").message("coopPlan.module.running")
					.raw("</span>");
			}
			w.raw("</h3>");
			if (m.offerModuleId() != null) {
				w.raw("\n      <p class=\"kern-body kern-body--small\">").message("coopPlan.module.ofOffer").raw("</p>");
			}
			w.raw("\n      ").postForm(base + "/modules/dates", " class=\"coop-plan__dates\" novalidate");
			itemFields(w, "moduleId", m.id());
			if (bad && refused.problem() != null) {
				w.raw("\n        <p class=\"kern-error\" id=\"dates-error-").text(id).raw("\" role=\"alert\"><span class=\"kern-icon kern-icon--danger"
						+ " kern-icon--default\" aria-hidden=\"true\"></span><span>").message(refused.problem()).raw("</span></p>");
			}
			dateField(w, "started", id, "coopPlan.module.started", bad ? refused.started() : m.startedOn(), bad);
			dateField(w, "completed", id, "coopPlan.module.completedOn", bad ? refused.completed() : m.completedOn(), bad);
			w.raw("\n        <div>");
			button(w, "kern-btn--secondary", "coopPlan.module.saveDates", m.name());
			w.raw("</div>\n      </form>\n      ");
			removeForm(w, "/modules/remove", "moduleId", m.id(), m.name());
			w.raw("\n    </div>");
		}
		return w.toString();
	}

	String notes(List<IndividualPlan.Note> notes, Map<UUID, String> names) {
		HtmlWriter w = HtmlWriter.forRequest(messages, notes.size() * 400);
		for (IndividualPlan.Note n : notes) {
			byline(w, "\n      <li class=\"coop-plan__note\">", names.getOrDefault(n.writtenBy(), "–"), n.side().toString(), n.writtenAt());
			w.raw("\n        <p class=\"kern-body coop-text\">").text(n.body()).raw("</p>\n      </li>");
		}
		return w.toString();
	}

	String timeline(List<Line> lines) {
		HtmlWriter w = HtmlWriter.forRequest(messages, lines.size() * 400);
		for (Line l : lines) {
			byline(w, "\n      <li>", l.who(), l.side().toString(), l.at());
			w.raw("\n        <p class=\"kern-body coop-text\">").message(l.messageKey(), l.subject(), l.detail()).raw("</p>\n      </li>");
		}
		return w.toString();
	}

	// ---- the forms that add an item (and the integration goal's), with what was typed and its errors ----

	String integrationGoalForm(@Nullable Errors errors, @Nullable String goal) {
		HtmlWriter w = addForm("/integration-goal", "", errors);
		w.textAreaField(errors, "integrationGoal", goal, "coopPlan.integrationGoal", 3, 2000, false, "coopPlan.integrationGoal.hint");
		return submit(w, "coopPlan.integrationGoal.save");
	}

	String goalForm(@Nullable Errors errors) {
		return nameForm(errors, "/goals", "goalText", "coopPlan.goal.new", "coopPlan.goal.add");
	}

	String milestoneForm(@Nullable Errors errors) {
		HtmlWriter w = addForm("/milestones", "coopPlan.milestone.add", errors);
		w.textField(errors, "milestoneTitle", null, "coopPlan.milestone.title", "text", "off", true, null).raw("\n      ");
		w.textField(errors, "milestoneDue", null, "coopPlan.milestone.due", "date", "off", true, null);
		return submit(w, "coopPlan.milestone.add");
	}

	String moduleForm(@Nullable Errors errors) {
		return nameForm(errors, "/modules", "moduleName", "coopPlan.module.new", "coopPlan.module.add");
	}

	/** A form that adds an item by its one required text. */
	private String nameForm(@Nullable Errors errors, String path, String field, String label, String button) {
		HtmlWriter w = addForm(path, "", errors);
		w.textField(errors, field, null, label, "text", "off", true, null);
		return submit(w, button);
	}

	String noteForm(@Nullable Errors errors) {
		HtmlWriter w = addForm("/notes", "", errors);
		w.textAreaField(errors, "noteBody", null, "coopPlan.note.new", 3, 2000, true, null);
		return submit(w, "coopPlan.note.add");
	}

	/** The form's opening with the plan's version, a heading when there is one, and its error summary. */
	private HtmlWriter addForm(String path, String heading, @Nullable Errors errors) {
		HtmlWriter w = HtmlWriter.forRequest(messages, 2_000);
		w.postForm(base + path, " class=\"narrow kern-stack-md\" novalidate").raw("\n      ").hidden("version", version);
		if (!heading.isEmpty()) {
			w.raw("\n      <h3 class=\"kern-heading-small\">").message(heading).raw("</h3>");
		}
		return w.raw("\n      ").errorSummary(errors).raw("\n      ");
	}

	private static String submit(HtmlWriter w, String label) {
		return w.raw("\n      <div><button type=\"submit\" class=\"kern-btn kern-btn--secondary\"><span class=\"kern-label\">")
			.message(label).raw("</span></button></div>\n    </form>").toString();
	}

	private void byline(HtmlWriter w, String item, String who, String side, java.time.Instant at) {
		w.raw(item).raw("\n        <p class=\"kern-body kern-body--small\">")
			.message("coopPlan.byline", who, w.messageText("coopPlan.side." + side), siteTime.format(at))
			.raw("</p>");
	}

	/** An item's two forms: mark it done (or open it again: {@code open} says which) and remove it. */
	private void doneAndRemove(HtmlWriter w, String donePath, String removePath, String idName, UUID id, boolean open,
			String markKey, String reopenKey, String item) {
		w.postForm(base + donePath, "");
		itemFields(w, idName, id);
		w.hidden("done", open);
		button(w, "kern-btn--tertiary", open ? markKey : reopenKey, item);
		w.raw("</form>\n          ");
		removeForm(w, removePath, idName, id, item);
	}

	private void removeForm(HtmlWriter w, String path, String idName, UUID id, String item) {
		w.postForm(base + path, "");
		itemFields(w, idName, id);
		button(w, "kern-btn--tertiary", "form.remove", item);
		w.raw("</form>");
	}

	private void itemFields(HtmlWriter w, String name, UUID id) {
		w.raw("\n            ").hidden("version", version).hidden(name, id).raw("\n            ");
	}

	private static void button(HtmlWriter w, String kind, String label, String item) {
		w.raw("<button type=\"submit\" class=\"kern-btn " + kind + "\"><span class=\"kern-label\">").message(label)
			.raw("<span class=\"visually-hidden\">").text(": " + item).raw("</span></span></button>");
	}

	private static void dateField(HtmlWriter w, String name, String id, String label, @Nullable Object value, boolean bad) {
		w.raw(bad ? "\n        <div class=\"kern-form-input kern-form-input--error\">" : "\n        <div class=\"kern-form-input\">")
			.raw("\n          <label class=\"kern-label\" for=\"" + name + "-").text(id).raw("\">").message(label)
			.raw(" <span class=\"kern-label__optional\">").message("form.optional")
			.raw("</span></label>\n          <input class=\"kern-form-input__input\" type=\"date\" name=\"" + name + "\" id=\"" + name + "-")
			.text(id).raw("\" value=\"").text(value).raw("\"");
		if (bad) {
			w.raw(" aria-describedby=\"dates-error-").text(id).raw("\" aria-invalid=\"true\"");
		}
		w.raw(">\n        </div>");
	}
}
