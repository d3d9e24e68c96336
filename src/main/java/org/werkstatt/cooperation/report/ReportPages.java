package org.werkstatt.cooperation.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.cooperation.agreement.StaffRole;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.ParticipantAccess;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.NotFoundException;

/**
 * The reports of an agreement for both parties ({@code /work/coop/{agreementId}/reports}): the periods with their
 * state, a period's figures (generated from the recorded data until submitted, then the frozen ones), and for the
 * provider's coordinator the text and submission, or the answer to the officer's question. Every request goes
 * through the access rule (one access-log entry, no participant ids: the page shows counts only). The period is a
 * query parameter (its first day), so that the address holds no other id than the agreement's.
 */
@Controller
class ReportPages {

	static final String REPORTS = "/work/coop/{agreementId}/reports";
	static final String CSV = "/work/coop/{agreementId}/reports/report.csv";
	static final String XLSX = "/work/coop/{agreementId}/reports/report.xlsx";
	static final String PDF = "/work/coop/{agreementId}/reports/report.pdf";

	private final ParticipantAccess access;
	private final AgreementStore agreements;
	private final Reports reports;
	private final ReportGenerator generator;
	private final ReportFiles files;
	private final CurrentUser currentUser;
	private final Organisations organisations;

	ReportPages(ParticipantAccess access, AgreementStore agreements, Reports reports, ReportGenerator generator,
			ReportFiles files, CurrentUser currentUser, Organisations organisations) {
		this.access = access;
		this.agreements = agreements;
		this.reports = reports;
		this.generator = generator;
		this.files = files;
		this.currentUser = currentUser;
		this.organisations = organisations;
	}

	@GetMapping(REPORTS)
	String page(@PathVariable UUID agreementId, @RequestParam(required = false) @Nullable String period, Model model) {
		ParticipantAccess.AgreementGrant grant = access.agreement(agreementId, AccessKind.READ, Need.READ, "coop-report");
		grant.record(AccessKind.READ, List.of(), "coop-report");
		Agreement agreement = grant.agreement();
		ReportForm form = new ReportForm();
		ReportPeriod selected = selected(agreement, period);
		form.setPeriod(selected.from().toString());
		Optional<Reports.Report> report = reports.ofAgreement(agreementId).stream()
			.filter(r -> r.period().from().equals(selected.from())).findFirst();
		report.ifPresent(r -> form.setText(r.text()));
		model.addAttribute("globalErrors", List.of());
		return show(grant, selected, form, model);
	}

	@PostMapping(REPORTS)
	String submit(@PathVariable UUID agreementId, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model) {
		ParticipantAccess.AgreementGrant grant = access.agreement(agreementId, AccessKind.WRITE, Need.COORDINATOR,
				"coop-report-submit");
		grant.record(AccessKind.WRITE, List.of(), "coop-report-submit");
		Agreement agreement = grant.agreement();
		ReportPeriod period = selected(agreement, form.getPeriod());
		LocalDate today = access.today();
		Optional<Reports.Report> existing = reports.ofAgreement(agreementId).stream()
			.filter(r -> r.period().from().equals(period.from())).findFirst();
		boolean questioned = existing.map(r -> r.status() == Reports.Status.QUESTIONED).orElse(false);
		if (existing.isPresent() && !questioned) {
			errors.reject("coopReport.error.alreadySubmitted");
		}
		if (!period.over(today)) {
			errors.reject("coopReport.error.notOver");
		}
		String text = form.getText() == null ? "" : form.getText().strip();
		if (text.isEmpty()) {
			errors.rejectValue("text", "coopReport.error.text");
		}
		else if (text.length() > ReportForm.TEXT_LIMIT) {
			errors.rejectValue("text", "coopReport.error.textLong", new Object[] { ReportForm.TEXT_LIMIT }, null);
		}
		String answer = form.getAnswer() == null ? "" : form.getAnswer().strip();
		if (questioned && answer.isEmpty()) {
			errors.rejectValue("answer", "coopReport.error.answer");
		}
		else if (answer.length() > ReportForm.ANSWER_LIMIT) {
			errors.rejectValue("answer", "coopReport.error.textLong", new Object[] { ReportForm.ANSWER_LIMIT }, null);
		}
		Figures figures = generator.generate(agreementId, period, today);
		if (!figures.complete() && !form.isConfirmMissing()) {
			errors.rejectValue("confirmMissing", "coopReport.error.missingMonths");
		}
		model.addAttribute("globalErrors", errors.getGlobalErrors().stream().map(e -> e.getCode()).toList());
		if (errors.hasErrors()) {
			return show(grant, period, form, model);
		}
		Reports.Refusal refusal = reports.submit(agreementId, period, period.next(agreement.reportingRhythm()), text,
				questioned ? answer : null, figures, grant.personId());
		if (refusal != Reports.Refusal.NONE) {
			model.addAttribute("globalErrors", List.of("coopReport.error.alreadySubmitted"));
			return show(grant, period, form, model);
		}
		return "redirect:/work/coop/" + agreementId + "/reports?period=" + period.from() + "&submitted";
	}

	@GetMapping({ CSV, XLSX, PDF })
	ResponseEntity<byte[]> file(@PathVariable UUID agreementId, @RequestParam(required = false) @Nullable String period,
			jakarta.servlet.http.HttpServletRequest request, Locale locale) {
		ParticipantAccess.AgreementGrant grant = access.agreement(agreementId, AccessKind.EXPORT, Need.READ, "coop-report-file");
		grant.record(AccessKind.EXPORT, List.of(), "coop-report-file");
		ReportPeriod selected = selected(grant.agreement(), period);
		Reports.Report report = reports.ofAgreement(agreementId).stream()
			.filter(r -> r.period().from().equals(selected.from())).findFirst().orElseThrow(NotFoundException::new);
		String provider = organisations.byId(grant.agreement().providerId()).map(o -> o.name()).orElse("");
		return files.file(request.getRequestURI(), report, grant.agreement().title(), provider, locale);
	}

	private String show(ParticipantAccess.AgreementGrant grant, ReportPeriod selected, ReportForm form, Model model) {
		Agreement agreement = grant.agreement();
		LocalDate today = access.today();
		List<ReportPeriod> periods = ReportPeriod.between(agreement.validFrom(), agreement.validUntil(), today,
				agreement.reportingRhythm());
		List<Reports.Report> stored = reports.ofAgreement(agreement.id());
		Optional<Reports.Report> report = stored.stream().filter(r -> r.period().from().equals(selected.from())).findFirst();
		boolean coordinator = agreements.rolesOf(agreement.id(), grant.personId()).contains(StaffRole.COORDINATOR);
		boolean open = report.isEmpty() || report.get().status() == Reports.Status.QUESTIONED;
		Figures figures = open ? generator.generate(agreement.id(), selected, today) : report.get().figures();
		UUID side = currentUser.rolesIn(agreement.jobcenterId()).isEmpty() ? agreement.providerId() : agreement.jobcenterId();
		model.addAttribute("organisation", organisations.byId(side).orElseThrow(NotFoundException::new));
		model.addAttribute("agreement", agreement);
		model.addAttribute("periods", periods.stream().map(p -> new PeriodRow(p, stored.stream()
			.filter(r -> r.period().from().equals(p.from())).map(Reports.Report::status).findFirst().orElse(null),
				p.over(today), !p.over(today) || !p.due().isBefore(today))).toList());
		model.addAttribute("selected", selected);
		model.addAttribute("report", report.orElse(null));
		model.addAttribute("messages", report.map(r -> reports.messages(r.id())).orElse(List.of()));
		model.addAttribute("view", ReportView.of(figures));
		model.addAttribute("live", open);
		model.addAttribute("mayWrite", coordinator && open && selected.over(today));
		model.addAttribute("questioned", report.map(r -> r.status() == Reports.Status.QUESTIONED).orElse(false));
		model.addAttribute("form", form);
		return "cooperation/report/reports";
	}

	/** A period in the list: its report's status (none yet), whether it is over, whether it is not overdue. */
	record PeriodRow(ReportPeriod period, Reports.@Nullable Status status, boolean over, boolean inTime) {
	}

	/** The period starting on the given day, or the newest period that is over (the running one at the start). */
	private ReportPeriod selected(Agreement agreement, @Nullable String typed) {
		List<ReportPeriod> periods = ReportPeriod.between(agreement.validFrom(), agreement.validUntil(), access.today(),
				agreement.reportingRhythm());
		if (periods.isEmpty()) {
			throw new NotFoundException();
		}
		if (typed != null && !typed.isBlank()) {
			try {
				LocalDate day = LocalDate.parse(typed.strip());
				return periods.stream().filter(p -> p.from().equals(day)).findFirst().orElseThrow(NotFoundException::new);
			}
			catch (DateTimeParseException e) {
				throw new NotFoundException();
			}
		}
		return periods.stream().filter(p -> p.over(access.today())).findFirst().orElse(periods.getFirst());
	}
}
