package org.werkstatt.planning.files;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.MeasureStore;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanAccess;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanSummary;
import org.werkstatt.platform.web.SiteAddress;

/**
 * The status widget of a plan for the organisation's own site ({@code /plans/{planId}/widget}: a small page
 * any site may frame, see the exception in identity's security configuration), and the planner's page with
 * the code to embed it and the plan's files ({@code /manage/{slug}/plans/{planId}/files}).
 */
@Controller
class WidgetPages {

	private final PlanAccess access;
	private final PlanStore plans;
	private final MeasureStore measures;
	private final StatusLabels labels;
	private final MessageSource messages;
	private final String baseUrl;

	WidgetPages(PlanAccess access, PlanStore plans, MeasureStore measures, StatusLabels labels, MessageSource messages,
			SiteAddress site) {
		this.access = access;
		this.plans = plans;
		this.measures = measures;
		this.labels = labels;
		this.messages = messages;
		this.baseUrl = site.base();
	}

	@GetMapping("/plans/{planId}/widget")
	String widget(@PathVariable UUID planId, Model model, Locale locale) {
		Plan plan = access.readable(planId);
		summary(plan, model, locale);
		return "planning/files/widget";
	}

	@GetMapping("/manage/{slug}/plans/{planId}/files")
	String files(@PathVariable String slug, @PathVariable UUID planId, Model model, Locale locale) {
		OrganisationSummary organisation = access.planner(slug);
		Plan plan = access.owned(organisation, planId);
		summary(plan, model, locale);
		model.addAttribute("organisation", organisation);
		model.addAttribute("baseUrl", baseUrl);
		model.addAttribute("iframe", "<iframe src=\"" + baseUrl + "/plans/" + plan.id() + "/widget\" title=\""
				+ HtmlUtils.htmlEscape(messages.getMessage("files.widget.title", null, locale) + ": " + plan.title())
				+ "\" width=\"100%\" height=\"380\" loading=\"lazy\"></iframe>");
		model.addAttribute("snippet", snippet(plan, model, locale));
		return "planning/files/files";
	}

	/** The summary as plain HTML to paste into another site: today's figures and a link to the plan. */
	private String snippet(Plan plan, Model model, Locale locale) {
		StringBuilder html = new StringBuilder("<div class=\"werkstatt-plan-status\">\n  <p><strong>")
			.append(HtmlUtils.htmlEscape(plan.title()))
			.append("</strong><br>")
			.append(HtmlUtils.htmlEscape((String) model.getAttribute("summaryText")))
			.append("</p>\n  <table>\n    <caption>")
			.append(HtmlUtils.htmlEscape(messages.getMessage("files.widget.table", null, locale)))
			.append("</caption>\n");
		for (Object bar : (java.util.List<?>) model.getAttribute("bars")) {
			WidgetBar part = (WidgetBar) bar;
			html.append("    <tr><th scope=\"row\">").append(HtmlUtils.htmlEscape(part.label())).append("</th><td>")
				.append(part.count()).append("</td><td>").append(part.percent()).append(" %</td></tr>\n");
		}
		return html.append("  </table>\n  <p><a href=\"").append(baseUrl).append("/plans/").append(plan.id()).append("\">")
			.append(HtmlUtils.htmlEscape(messages.getMessage("files.widget.fullPlan", null, locale)))
			.append("</a></p>\n</div>")
			.toString();
	}

	/** The plan, its summary in words and per status: three queries. */
	private void summary(Plan plan, Model model, Locale locale) {
		var statuses = plans.statuses(plan.id());
		PlanSummary summary = PlanSummary.of(statuses, measures.countsByStatus(plan.id()));
		model.addAttribute("plan", plan);
		model.addAttribute("summary", summary);
		model.addAttribute("summaryText", SummaryText.of(summary, labels, messages, locale));
		model.addAttribute("bars", WidgetBar.of(summary, labels, locale));
	}
}
