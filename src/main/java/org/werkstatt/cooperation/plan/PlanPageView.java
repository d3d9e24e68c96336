package org.werkstatt.cooperation.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.SiteFrame;
import org.werkstatt.platform.web.HtmlWriter;

/**
 * The individual plan page (view {@code cooperation/plan}, the name {@link IndividualPlanPages} returns), written
 * whole in Java from the same model a template would get: a bean named like a view is found before the templates
 * (Spring Boot's {@code BeanNameViewResolver} comes first). Its parts were already written by {@link PlanHtml}; the
 * template around them was a good part of the page's server time, read as often as the participant list
 * (docs/performance.md, "Cooperation").
 */
@Component("cooperation/plan")
class PlanPageView implements View {

	private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

	private final MessageSource messages;
	private final SiteFrame frame;

	PlanPageView(MessageSource messages, SiteFrame frame) {
		this.messages = messages;
		this.frame = frame;
	}

	@Override
	public String getContentType() {
		return CONTENT_TYPE;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Map<String, ?> values = model == null ? Map.of() : model;
		Participant participant = (Participant) values.get("participant");
		IndividualPlan plan = (IndividualPlan) values.get("plan");
		Agreement agreement = (Agreement) values.get("agreement");
		OrganisationSummary organisation = (OrganisationSummary) values.get("organisation");
		List<?> timeline = (List<?>) values.get("timeline");
		String base = "/work/coop/" + agreement.id() + "/participants/" + participant.id();

		HtmlWriter html = HtmlWriter.forRequest(messages, 30_000);
		html.raw("<section class=\"kern-stack-lg coop-plan\">\n  <p class=\"kern-body kern-body--small\"><a class=\"kern-link\" href=\"")
			.path(base).raw("\">").text(participant.name()).raw("</a></p>\n  <h1 class=\"kern-heading-large\">")
			.message("coopPlan.heading", participant.name()).raw("</h1>\n  ")
			.raw(frame.tabs(organisation.id(), "cooperation")).raw("\n  <p class=\"kern-body\">")
			.message("coopPlan.intro").raw("</p>\n  <p class=\"kern-body\"><a class=\"kern-link\" href=\"")
			.path(base + "/messages").raw("\">").message("coopMessage.link").raw("</a></p>\n\n");

		section(html, "integration-goal", "coopPlan.integrationGoal").raw("    ").raw(part(values, "integrationGoalFormHtml"))
			.raw("\n  </div>\n\n");

		section(html, "goals", "coopPlan.goals");
		list(html, plan.goals().isEmpty(), "coopPlan.goals.none", "<ul class=\"coop-plan__items\">",
				part(values, "goalsHtml"), "</ul>");
		html.raw("    ").raw(part(values, "goalFormHtml")).raw("\n  </div>\n\n");

		section(html, "milestones", "coopPlan.milestones");
		if (plan.milestones().isEmpty()) {
			none(html, "coopPlan.milestones.none");
		}
		else {
			html.raw("    <div class=\"kern-table-responsive\">\n      <table class=\"kern-table kern-table--small coop-cards\">\n")
				.raw("        <caption class=\"visually-hidden\">").message("coopPlan.milestones").raw("</caption>\n")
				.raw("        <thead class=\"kern-table__header\"><tr class=\"kern-table__row\">\n");
			for (String column : List.of("coopPlan.milestone.due", "coopPlan.milestone.title", "coopPlan.milestone.state",
					"form.actions")) {
				html.raw("          <th scope=\"col\" class=\"kern-table__header\">").message(column).raw("</th>\n");
			}
			html.raw("        </tr></thead>\n        <tbody class=\"kern-table__body\">\n          ")
				.raw(part(values, "milestoneRowsHtml")).raw("\n        </tbody>\n      </table>\n    </div>\n");
		}
		html.raw("    ").raw(part(values, "milestoneFormHtml")).raw("\n  </div>\n\n");

		section(html, "modules", "coopPlan.modules");
		if (plan.modules().isEmpty()) {
			none(html, "coopPlan.modules.none");
		}
		long missing = values.get("offerModulesMissing") instanceof Number number ? number.longValue() : 0;
		if (missing > 0) {
			html.raw("    ").postForm(base + "/plan/modules/from-offer", "").raw("\n      ").hidden("version", plan.version())
				.raw("\n      <button type=\"submit\" class=\"kern-btn kern-btn--secondary\"><span class=\"kern-label\">")
				.message("coopPlan.module.fromOffer", missing).raw("</span></button>\n    </form>\n");
		}
		html.raw("    ").raw(part(values, "modulesHtml")).raw("\n    ").raw(part(values, "moduleFormHtml"))
			.raw("\n  </div>\n\n");

		section(html, "notes", "coopPlan.notes");
		list(html, plan.notes().isEmpty(), "coopPlan.notes.none", "<ul class=\"coop-plan__items\">",
				part(values, "notesHtml"), "</ul>");
		html.raw("    ").raw(part(values, "noteFormHtml")).raw("\n  </div>\n\n");

		section(html, "timeline", "coopPlan.timeline");
		list(html, timeline.isEmpty(), "coopPlan.timeline.none", "<ol class=\"coop-plan__timeline\" reversed>",
				part(values, "timelineHtml"), "</ol>");
		html.raw("  </div>\n</section>");

		String title = html.messageText("coopPlan.title") + " – " + participant.name();
		byte[] page = frame.page(title, html.toString(), values.get("notice"), values.get("problem"))
			.getBytes(StandardCharsets.UTF_8);
		response.setContentType(CONTENT_TYPE);
		response.setLocale(LocaleContextHolder.getLocale());
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

	/** "None yet" when empty, else the items written by PlanHtml inside their list element. */
	private static void list(HtmlWriter html, boolean empty, String noneKey, String open, String items, String close) {
		if (empty) {
			none(html, noneKey);
		}
		else {
			html.raw("    ").raw(open).raw("\n      ").raw(items).raw("\n    ").raw(close).raw("\n");
		}
	}

	/** Opens a section of the plan: its anchor and its heading. */
	private static HtmlWriter section(HtmlWriter html, String id, String headingKey) {
		return html.raw("  <div id=\"").raw(id).raw("\" class=\"kern-stack-md\">\n    <h2 class=\"kern-heading-medium\">")
			.message(headingKey)
			.raw("</h2>\n");
	}

	/** "None yet" for a section without items. */
	private static void none(HtmlWriter html, String key) {
		html.raw("    <p class=\"kern-body\">").message(key).raw("</p>\n");
	}

	/** A part of the page PlanHtml wrote (markup with every value escaped). */
	private static String part(Map<String, ?> model, String name) {
		return model.get(name) instanceof String markup ? markup : "";
	}
}
