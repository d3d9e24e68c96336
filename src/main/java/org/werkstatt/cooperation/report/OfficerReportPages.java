package org.werkstatt.cooperation.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.NotFoundException;

/**
 * The equal-opportunity officer's pages ({@code /work/{slug}/reports}): the submitted reports of the jobcenter's
 * agreements, one report with its figures, charts and files, acknowledging it or asking back. Only the
 * organisation's equal-opportunity officer (and platform admins); anyone else gets "not found". These pages show
 * suppressed counts only and never link to a participant, so they write no access-log entry (they read no
 * participant's data).
 */
@Controller
class OfficerReportPages {

	static final String LIST = "/work/{slug}/reports";
	static final String REPORT = "/work/{slug}/reports/{reportId}";

	private final Organisations organisations;
	private final CurrentUser currentUser;
	private final AgreementStore agreements;
	private final Reports reports;
	private final ReportFiles files;

	OfficerReportPages(Organisations organisations, CurrentUser currentUser, AgreementStore agreements, Reports reports,
			ReportFiles files) {
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.agreements = agreements;
		this.reports = reports;
		this.files = files;
	}

	@GetMapping(LIST)
	String list(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = officerOf(slug);
		List<Reports.Listed> listed = reports.ofJobcenter(organisation.id());
		Map<UUID, String> providers = new LinkedHashMap<>();
		organisations.byIds(listed.stream().map(Reports.Listed::providerId).distinct().toList())
			.forEach((id, o) -> providers.put(id, o.name()));
		model.addAttribute("organisation", organisation);
		model.addAttribute("reports", listed);
		model.addAttribute("providers", providers);
		return "cooperation/report/officer-list";
	}

	@GetMapping(REPORT)
	String report(@PathVariable String slug, @PathVariable UUID reportId, Model model) {
		OrganisationSummary organisation = officerOf(slug);
		Reports.Report report = reportOf(organisation, reportId);
		Agreement agreement = agreements.find(report.agreementId()).orElseThrow(NotFoundException::new);
		model.addAttribute("organisation", organisation);
		model.addAttribute("report", report);
		model.addAttribute("agreement", agreement);
		model.addAttribute("provider", organisations.byId(agreement.providerId()).map(OrganisationSummary::name).orElse(""));
		model.addAttribute("messages", reports.messages(reportId));
		model.addAttribute("view", ReportView.of(report.figures()));
		return "cooperation/report/officer-report";
	}

	@PostMapping(REPORT + "/acknowledge")
	String acknowledge(@PathVariable String slug, @PathVariable UUID reportId) {
		OrganisationSummary organisation = officerOf(slug);
		reportOf(organisation, reportId);
		Reports.Refusal refusal = reports.acknowledge(reportId, person());
		return "redirect:/work/" + slug + "/reports/" + reportId + (refusal == Reports.Refusal.NONE ? "?acknowledged" : "?notWaiting");
	}

	@PostMapping(REPORT + "/question")
	String question(@PathVariable String slug, @PathVariable UUID reportId,
			@RequestParam(required = false) @Nullable String question, Model model) {
		OrganisationSummary organisation = officerOf(slug);
		Reports.Report report = reportOf(organisation, reportId);
		String text = question == null ? "" : question.strip();
		String error = text.isEmpty() ? "coopReport.error.question"
				: text.length() > ReportForm.ANSWER_LIMIT ? "coopReport.error.questionLong" : null;
		if (error != null) {
			report(slug, reportId, model);
			model.addAttribute("questionError", error);
			model.addAttribute("question", question);
			return "cooperation/report/officer-report";
		}
		Reports.Refusal refusal = reports.question(report.id(), text, person());
		return "redirect:/work/" + slug + "/reports/" + reportId + (refusal == Reports.Refusal.NONE ? "?asked" : "?notWaiting");
	}

	@GetMapping({ REPORT + "/report.csv", REPORT + "/report.xlsx", REPORT + "/report.pdf" })
	ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable UUID reportId,
			jakarta.servlet.http.HttpServletRequest request, Locale locale) {
		OrganisationSummary organisation = officerOf(slug);
		Reports.Report report = reportOf(organisation, reportId);
		Agreement agreement = agreements.find(report.agreementId()).orElseThrow(NotFoundException::new);
		String provider = organisations.byId(agreement.providerId()).map(OrganisationSummary::name).orElse("");
		return files.file(request.getRequestURI(), report, agreement.title(), provider, locale);
	}

	private OrganisationSummary officerOf(String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!currentUser.hasAnyRole(organisation.id(), Role.EQUAL_OPPORTUNITY_OFFICER)) {
			throw new NotFoundException();
		}
		return organisation;
	}

	/** A report of one of the organisation's agreements (as jobcenter), else "not found". */
	private Reports.Report reportOf(OrganisationSummary organisation, UUID reportId) {
		Reports.Report report = reports.find(reportId).orElseThrow(NotFoundException::new);
		agreements.find(report.agreementId()).filter(a -> a.jobcenterId().equals(organisation.id()))
			.orElseThrow(NotFoundException::new);
		return report;
	}

	private UUID person() {
		return currentUser.personId().orElseThrow(NotFoundException::new);
	}
}
