package org.werkstatt.cooperation.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.StaffDirectory;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.participant.AccessDecision;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.cooperation.participant.Consent;
import org.werkstatt.cooperation.participant.ConsentStore;
import org.werkstatt.cooperation.participant.CoopFrame;
import org.werkstatt.cooperation.participant.Participant;
import org.werkstatt.cooperation.participant.ParticipantAccess;
import org.werkstatt.cooperation.participant.ParticipantAccess.Need;
import org.werkstatt.cooperation.participant.ParticipantAccess.ParticipantGrant;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.NotFoundException;

/**
 * The attendance month grid of one participant (one row per day, a select per day: Tab and the select work without
 * JavaScript), and the month's overview of an agreement's participants. The provider records, fills the working
 * days with "present" and submits; the jobcenter reads submitted months only. Every handler goes through
 * {@link ParticipantAccess} first with the category ATTENDANCE (one access-log entry per request); request
 * parameters are read only after that, so that a stranger gets "not found" whatever they send.
 */
@Controller
@RequestMapping("/work/coop/{agreementId}")
class AttendancePages {

	private final ParticipantAccess access;
	private final AttendanceStore store;
	private final ConsentStore consents;
	private final StaffDirectory directory;
	private final Organisations organisations;

	AttendancePages(ParticipantAccess access, AttendanceStore store, ConsentStore consents, StaffDirectory directory,
			Organisations organisations) {
		this.access = access;
		this.store = store;
		this.consents = consents;
		this.directory = directory;
		this.organisations = organisations;
	}

	/** A day's row of the grid: what is stored or was typed, whether it can be changed, and its error. */
	record DayRow(LocalDate date, String id, String label, boolean weekend, boolean editable, @Nullable AttendanceCode code,
			String value, @Nullable String error) {
	}

	/** A month in the navigation. */
	record MonthLink(String value, String label, boolean submitted, boolean overdue, boolean current) {
	}

	/** A participant's line in the overview. */
	record OverviewRow(Participant participant, String state, int recordedDays, boolean begun) {
	}

	// ---- one participant's month ----

	@GetMapping("/participants/{participantId}/attendance")
	String month(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String month, Model model) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.READ, DataCategory.ATTENDANCE,
				Need.READ, "attendance month");
		YearMonth shown = AttendanceMonth.parse(month).orElse(defaultMonth(grant));
		return page(grant, shown, null, Map.of(), model);
	}

	@PostMapping("/participants/{participantId}/attendance")
	String save(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.ATTENDANCE,
				Need.READ, "record attendance");
		YearMonth month = providerMonth(grant, form.get("month"), redirect);
		if (month == null) {
			return redirect(grant, AttendanceMonth.parse(form.get("month")).orElse(null));
		}
		LocalDate today = access.today();
		AttendanceMonth rules = rules(grant, month);
		if (rules.submitted()) {
			Flash.problem(redirect, "attendance.month.alreadySubmitted");
			return redirect(grant, month);
		}
		Map<LocalDate, AttendanceCode> days = new TreeMap<>();
		Map<LocalDate, String> errors = new TreeMap<>();
		Map<LocalDate, String> typed = new LinkedHashMap<>();
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate day = month.atDay(d);
			String value = form.getOrDefault("day-" + d, "").strip();
			if (value.isEmpty()) {
				continue;
			}
			typed.put(day, value);
			AttendanceCode code = AttendanceCode.parse(value).orElse(null);
			if (code == null) {
				errors.put(day, "attendance.day.unknownCode");
				continue;
			}
			rules.problem(day, today).ifPresentOrElse(problem -> errors.put(day, problem), () -> days.put(day, code));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("formError", true);
			return page(grant, month, errors, typed, model);
		}
		String stamp = form.get("stamp");
		switch (store.save(participantId, month, days, stamp == null || stamp.isBlank() ? null : stamp, requirePerson(grant))) {
			case SUBMITTED_MEANWHILE -> {
				Flash.problem(redirect, "attendance.month.alreadySubmitted");
				return redirect(grant, month);
			}
			case CHANGED_MEANWHILE -> {
				model.addAttribute("changedMeanwhile", true);
				return page(grant, month, Map.of(), typed, model);
			}
			case SAVED -> {
				Flash.notice(redirect, "attendance.saved");
				return redirect(grant, month);
			}
		}
		return redirect(grant, month);
	}

	@PostMapping("/participants/{participantId}/attendance/fill")
	String fill(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String month, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.ATTENDANCE,
				Need.READ, "fill attendance");
		YearMonth shown = providerMonth(grant, month, redirect);
		if (shown == null) {
			return redirect(grant, AttendanceMonth.parse(month).orElse(null));
		}
		AttendanceMonth rules = rules(grant, shown);
		if (rules.submitted()) {
			Flash.problem(redirect, "attendance.month.alreadySubmitted");
			return redirect(grant, shown);
		}
		int filled = store.fill(participantId, shown, workingDays(rules, access.today()), requirePerson(grant));
		Flash.notice(redirect, filled == 0 ? "attendance.fill.nothing" : "attendance.fill.done");
		return redirect(grant, shown);
	}

	@PostMapping("/participants/{participantId}/attendance/submit")
	String submit(@PathVariable UUID agreementId, @PathVariable UUID participantId,
			@RequestParam(required = false) @Nullable String month, RedirectAttributes redirect) {
		ParticipantGrant grant = access.participant(agreementId, participantId, AccessKind.WRITE, DataCategory.ATTENDANCE,
				Need.READ, "submit attendance");
		YearMonth shown = providerMonth(grant, month, redirect);
		if (shown == null) {
			return redirect(grant, AttendanceMonth.parse(month).orElse(null));
		}
		LocalDate today = access.today();
		AttendanceMonth rules = rules(grant, shown);
		if (rules.submitted()) {
			Flash.problem(redirect, "attendance.month.alreadySubmitted");
			return redirect(grant, shown);
		}
		if (!rules.over(today)) {
			Flash.problem(redirect, "attendance.submit.notOver");
			return redirect(grant, shown);
		}
		if (rules.start() == null || rules.start().isAfter(shown.atEndOfMonth())) {
			Flash.problem(redirect, "attendance.submit.notBegun");
			return redirect(grant, shown);
		}
		Set<LocalDate> recorded = store.days(participantId, shown).keySet();
		if (workingDays(rules, today).stream().anyMatch(d -> !recorded.contains(d))) {
			Flash.problem(redirect, "attendance.submit.missingDays");
			return redirect(grant, shown);
		}
		if (store.submit(participantId, shown, requirePerson(grant))) {
			Flash.notice(redirect, "attendance.submitted");
		}
		else {
			Flash.problem(redirect, "attendance.month.alreadySubmitted");
		}
		return redirect(grant, shown);
	}

	// ---- the agreement's month overview ----

	@GetMapping("/attendance")
	String overview(@PathVariable UUID agreementId, @RequestParam(required = false) @Nullable String month, Model model) {
		// the provider side sees the attendance of those whose consent covers it
		ParticipantAccess.ListGrant grant = access.list(agreementId, "attendance overview", (listable, agreement, decision) -> {
			if (decision.side() == Side.JOBCENTER) {
				return listable;
			}
			if (!agreement.dataCategories().contains(DataCategory.ATTENDANCE)) {
				return List.of();
			}
			Map<UUID, List<Consent>> given = consents.of(listable.stream().map(Participant::id).toList());
			return listable.stream()
				.filter(p -> given.getOrDefault(p.id(), List.of()).stream()
					.anyMatch(c -> c.covers(agreement.providerId(), DataCategory.ATTENDANCE)))
				.toList();
		});
		LocalDate today = access.today();
		YearMonth shown = AttendanceMonth.parse(month).orElse(YearMonth.from(today).minusMonths(1));
		if (shown.isAfter(YearMonth.from(today))) {
			shown = YearMonth.from(today);
		}
		Agreement agreement = grant.agreement();
		boolean jobcenter = grant.decision().side() == Side.JOBCENTER;
		List<Participant> shownParticipants = grant.participants();
		Map<UUID, AttendanceStore.MonthState> states = store.states(shownParticipants.stream().map(Participant::id).toList(), shown);
		List<OverviewRow> rows = new ArrayList<>();
		for (Participant p : shownParticipants) {
			AttendanceStore.MonthState state = states.getOrDefault(p.id(), new AttendanceStore.MonthState(0, null));
			boolean begun = p.startDate() != null && !p.startDate().isAfter(shown.atEndOfMonth())
					&& (p.endedAt() == null || !p.endedAt().isBefore(shown.atDay(1)));
			AttendanceMonth rules = new AttendanceMonth(shown, p.startDate(), p.endedAt(), state.submittedAt() != null);
			String key = !begun ? "attendance.state.notInParticipation"
					: rules.submitted() ? "attendance.state.submitted"
					: rules.overdue(today) ? "attendance.state.overdue" : "attendance.state.open";
			rows.add(new OverviewRow(p, key, jobcenter && !rules.submitted() ? 0 : state.recordedDays(), begun));
		}
		CoopFrame.put(organisations, agreement, grant.decision(), model);
		model.addAttribute("month", shown);
		model.addAttribute("monthValue", shown.toString());
		model.addAttribute("monthLabel", monthLabel(shown));
		model.addAttribute("due", AttendanceMonth.due(shown));
		model.addAttribute("previous", shown.minusMonths(1).toString());
		model.addAttribute("next", shown.isBefore(YearMonth.from(today)) ? shown.plusMonths(1).toString() : null);
		model.addAttribute("rows", rows);
		return "cooperation/attendance-overview";
	}

	// ---- page models ----

	private String page(ParticipantGrant grant, YearMonth month, @Nullable Map<LocalDate, String> errors,
			Map<LocalDate, String> typed, Model model) {
		Participant p = grant.participant();
		LocalDate today = access.today();
		boolean jobcenter = grant.decision().side() == Side.JOBCENTER;
		AttendanceMonth rules = rules(grant, month);
		AttendanceStore.Submission submission = store.submission(p.id(), month).orElse(null);
		boolean hidden = jobcenter && submission == null;
		Map<LocalDate, AttendanceCode> stored = hidden ? Map.of() : store.days(p.id(), month);
		boolean editable = !jobcenter && rules.open(today);
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter weekday = DateTimeFormatter.ofPattern("EEEE", locale);
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<DayRow> rows = new ArrayList<>();
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate day = month.atDay(d);
			AttendanceCode code = stored.get(day);
			String value = errors == null ? (code == null ? "" : code.name()) : typed.getOrDefault(day, "");
			boolean dayEditable = editable && rules.recordable(day, today);
			String error = errors == null ? null : errors.get(day);
			rows.add(new DayRow(day, "day-" + d, weekday.format(day) + ", " + date.format(day), AttendanceMonth.weekend(day),
					dayEditable || error != null, code, value, error));
		}
		Map<AttendanceCode, Long> counts = new EnumMap<>(AttendanceCode.class);
		stored.values().forEach(c -> counts.merge(c, 1L, Long::sum));
		CoopFrame.put(organisations, grant.agreement(), grant.decision(), model);
		model.addAttribute("participant", p);
		model.addAttribute("month", month);
		model.addAttribute("monthValue", month.toString());
		model.addAttribute("monthLabel", monthLabel(month));
		model.addAttribute("stamp", editable ? store.stamp(p.id(), month) : "");
		model.addAttribute("months", months(grant, month, today));
		model.addAttribute("rows", rows);
		model.addAttribute("codes", AttendanceCode.values());
		model.addAttribute("editable", editable);
		model.addAttribute("hidden", hidden);
		model.addAttribute("submission", submission);
		model.addAttribute("submittedBy", submission == null || submission.by() == null ? null
				: directory.names(List.of(submission.by())).get(submission.by()));
		model.addAttribute("due", rules.due());
		model.addAttribute("overdue", rules.overdue(today));
		model.addAttribute("begun", rules.start() != null && !rules.start().isAfter(month.atEndOfMonth()));
		model.addAttribute("canSubmit", editable && rules.over(today));
		model.addAttribute("counts", counts);
		model.addAttribute("rate", AttendanceRate.of(counts));
		model.addAttribute("errors", errors == null ? List.of() : rows.stream().filter(r -> r.error() != null).toList());
		return "cooperation/attendance";
	}


	/**
	 * The month a provider's change names; {@code null} after flashing why not: no valid month, or a person of the
	 * jobcenter (who reads submitted months, the provider records them).
	 */
	private static @Nullable YearMonth providerMonth(ParticipantGrant grant, @Nullable String month, RedirectAttributes redirect) {
		YearMonth parsed = AttendanceMonth.parse(month).orElse(null);
		if (parsed == null) {
			Flash.problem(redirect, "attendance.month.invalid");
			return null;
		}
		if (grant.decision().side() != Side.PROVIDER) {
			Flash.problem(redirect, "attendance.providerOnly");
			return null;
		}
		return parsed;
	}

	private AttendanceMonth rules(ParticipantGrant grant, YearMonth month) {
		Participant p = grant.participant();
		return new AttendanceMonth(month, p.startDate(), p.endedAt(), store.submission(p.id(), month).isPresent());
	}

	/** The months from the participation's first to the current one (or its last), newest first. */
	private List<MonthLink> months(ParticipantGrant grant, YearMonth shown, LocalDate today) {
		Participant p = grant.participant();
		boolean jobcenter = grant.decision().side() == Side.JOBCENTER;
		Set<YearMonth> submitted = store.submittedMonths(p.id());
		YearMonth last = YearMonth.from(p.endedAt() != null && p.endedAt().isBefore(today) ? p.endedAt() : today);
		YearMonth first = p.startDate() == null ? last : YearMonth.from(p.startDate());
		List<MonthLink> links = new ArrayList<>();
		for (YearMonth m = last; !m.isBefore(first) && links.size() < 36; m = m.minusMonths(1)) {
			boolean done = submitted.contains(m);
			if (jobcenter && !done && !m.equals(shown)) {
				continue;
			}
			links.add(new MonthLink(m.toString(), monthLabel(m), done,
					new AttendanceMonth(m, p.startDate(), p.endedAt(), done).overdue(today), m.equals(shown)));
		}
		return links;
	}

	/** The month a page opens with: the provider's current one, the jobcenter's last submitted one. */
	private YearMonth defaultMonth(ParticipantGrant grant) {
		YearMonth current = YearMonth.from(access.today());
		if (grant.decision().side() == Side.JOBCENTER) {
			return store.submittedMonths(grant.participant().id()).stream().reduce((a, b) -> b).orElse(current);
		}
		return current;
	}

	/** The days from Monday to Friday that may carry a code today. */
	private static List<LocalDate> workingDays(AttendanceMonth rules, LocalDate today) {
		List<LocalDate> days = new ArrayList<>();
		for (int d = 1; d <= rules.month().lengthOfMonth(); d++) {
			LocalDate day = rules.month().atDay(d);
			if (!AttendanceMonth.weekend(day) && rules.recordable(day, today)) {
				days.add(day);
			}
		}
		return days;
	}

	private static String monthLabel(YearMonth month) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", LocaleContextHolder.getLocale()).format(month);
	}

	private static UUID requirePerson(ParticipantGrant grant) {
		UUID person = grant.viewer().personId();
		if (person == null) {
			throw new NotFoundException();
		}
		return person;
	}

	private static String redirect(ParticipantGrant grant, @Nullable YearMonth month) {
		return "redirect:/work/coop/" + grant.agreement().id() + "/participants/" + grant.participant().id() + "/attendance"
				+ (month == null ? "" : "?month=" + month);
	}
}
