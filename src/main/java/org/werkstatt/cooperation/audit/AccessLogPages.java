package org.werkstatt.cooperation.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteTime;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data-protection officer's pages ({@code /work/{slug}/access-log}): the search of the access log by
 * participant, person, organisation, period and result; the chain's status with "verify now"; a participant's
 * access report (PDF, JSON) and the GDPR Art. 15 export of everything stored about them (JSON). Only the
 * organisation's data-protection officer (and platform admins); anyone else gets "not found". Every page and file
 * here is itself an entry in the access log. Ids only in addresses; files are never cached.
 */
@Controller
class AccessLogPages {

	static final String SEARCH = "/work/{slug}/access-log";
	static final String CHAIN = "/work/{slug}/access-log/chain";
	static final String REPORT_PDF = "/work/{slug}/access-log/participants/{participantId}/access-report.pdf";
	static final String REPORT_JSON = "/work/{slug}/access-log/participants/{participantId}/access-report.json";
	static final String EXPORT_JSON = "/work/{slug}/access-log/participants/{participantId}/data-export.json";
	static final int REPORT_LIMIT = 100_000;

	private final Organisations organisations;
	private final CurrentUser currentUser;
	private final LogSearch search;
	private final ParticipantRecords records;
	private final AccessLog accessLog;
	private final AccessLogChain chain;
	private final MessageSource messages;
	private final SiteTime siteTime;
	private final JsonMapper json;
	private final AtomicReference<AccessLogChain.@Nullable Verification> lastVerification = new AtomicReference<>();

	AccessLogPages(Organisations organisations, CurrentUser currentUser, LogSearch search, ParticipantRecords records,
			AccessLog accessLog, AccessLogChain chain, MessageSource messages, SiteTime siteTime, JsonMapper json) {
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.search = search;
		this.records = records;
		this.accessLog = accessLog;
		this.chain = chain;
		this.messages = messages;
		this.siteTime = siteTime;
		this.json = json;
	}

	@GetMapping(SEARCH)
	String search(@PathVariable String slug, @ModelAttribute("search") SearchForm form, BindingResult errors,
			Model model) {
		OrganisationSummary organisation = officerOf(slug);
		List<UUID> scope = search.scope(organisation.id());
		UUID participant = uuid(form.getParticipant(), "participant", errors);
		UUID person = uuid(form.getPerson(), "person", errors);
		UUID organisationFilter = uuid(form.getOrganisation(), "organisation", errors);
		if (organisationFilter != null && !scope.contains(organisationFilter)) {
			errors.rejectValue("organisation", "accessLog.error.organisation");
		}
		LocalDate fromDay = day(form.getFrom(), "from", errors);
		LocalDate toDay = day(form.getTo(), "to", errors);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			errors.rejectValue("to", "accessLog.error.toBeforeFrom");
		}
		Boolean granted = switch (form.getResult() == null ? "" : form.getResult()) {
			case "granted" -> Boolean.TRUE;
			case "refused" -> Boolean.FALSE;
			default -> null;
		};
		boolean refusedParticipant = false;
		if (participant != null && !errors.hasFieldErrors("participant")
				&& !search.participantOf(organisation.id(), participant)) {
			errors.rejectValue("participant", "accessLog.error.notOurs");
			refusedParticipant = true;
		}
		LogSearch.Page page = new LogSearch.Page(List.of(), 1, false);
		if (!errors.hasErrors()) {
			Instant from = fromDay == null ? null : fromDay.atStartOfDay(siteTime.zone()).toInstant();
			Instant to = toDay == null ? null : toDay.plusDays(1).atStartOfDay(siteTime.zone()).toInstant();
			page = search.search(scope,
					new LogSearch.Filter(participant, person, organisationFilter, from, to, granted), form.pageNumber());
		}
		// the ids the page shows: the participant searched for, or the one id of each single-participant entry (a
		// list view's entry shows only how many it named)
		Set<UUID> shown = new LinkedHashSet<>();
		if (participant != null) {
			shown.add(participant);
		}
		else {
			page.entries().stream().filter(e -> e.participantIds().size() == 1)
				.forEach(e -> shown.add(e.participantIds().getFirst()));
		}
		record(organisation, AccessKind.LIST, List.copyOf(shown), SEARCH, "dpo-search", !refusedParticipant,
				refusedParticipant ? "OTHER_ORGANISATION" : null);
		model.addAttribute("organisation", organisation);
		model.addAttribute("page", page);
		model.addAttribute("participant", errors.hasFieldErrors("participant") ? null : participant);
		model.addAttribute("people", search.personNames(personIds(page.entries())));
		model.addAttribute("organisations", organisationNames(scope));
		model.addAttribute("scope", scope.stream().map(id -> organisations.byId(id).orElse(null))
			.filter(Objects::nonNull).toList());
		String base = "/work/" + organisation.slug() + "/access-log";
		model.addAttribute("previousHref", page.number() > 1 ? link(base, form, page.number() - 1) : null);
		model.addAttribute("nextHref", page.hasNext() ? link(base, form, page.number() + 1) : null);
		return "cooperation/audit/search";
	}

	@GetMapping(CHAIN)
	String chain(@PathVariable String slug, Model model) {
		OrganisationSummary organisation = officerOf(slug);
		model.addAttribute("organisation", organisation);
		model.addAttribute("verification", lastVerification.get());
		return "cooperation/audit/chain";
	}

	@PostMapping(CHAIN)
	String verify(@PathVariable String slug) {
		OrganisationSummary organisation = officerOf(slug);
		lastVerification.set(chain.verify());
		record(organisation, AccessKind.READ, List.of(), CHAIN, "dpo-chain-verification", true, null);
		return "redirect:/work/" + slug + "/access-log/chain";
	}

	@GetMapping(REPORT_JSON)
	ResponseEntity<byte[]> reportJson(@PathVariable String slug, @PathVariable UUID participantId) {
		OrganisationSummary organisation = officerOf(slug);
		ownParticipant(organisation, participantId, REPORT_JSON);
		List<LogSearch.Entry> entries = search.ofParticipant(participantId, REPORT_LIMIT);
		record(organisation, AccessKind.EXPORT, List.of(participantId), REPORT_JSON, "dpo-access-report", true, null);
		Map<UUID, String> people = search.personNames(personIds(entries));
		Map<UUID, String> orgs = organisationNames(organisationIds(entries));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (LogSearch.Entry e : entries) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", e.id());
			row.put("at", e.at().toString());
			row.put("personId", e.personId());
			row.put("person", e.personId() == null ? null : people.get(e.personId()));
			row.put("organisationId", e.organisationId());
			row.put("organisation", e.organisationId() == null ? null : orgs.get(e.organisationId()));
			row.put("role", e.role());
			row.put("kind", e.kind().name());
			row.put("route", e.route());
			row.put("purpose", e.purpose());
			row.put("granted", e.granted());
			row.put("reason", e.reason());
			row.put("participantsInEntry", e.participantIds().size());
			rows.add(row);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("participantId", participantId);
		body.put("producedAt", Instant.now().toString());
		body.put("producedBy", organisation.name());
		body.put("entries", rows);
		return file("access-report-" + participantId + ".json", MediaType.APPLICATION_JSON,
				json.writeValueAsBytes(body));
	}

	@GetMapping(REPORT_PDF)
	ResponseEntity<byte[]> reportPdf(@PathVariable String slug, @PathVariable UUID participantId, Locale locale) {
		OrganisationSummary organisation = officerOf(slug);
		ownParticipant(organisation, participantId, REPORT_PDF);
		List<LogSearch.Entry> entries = search.ofParticipant(participantId, REPORT_LIMIT);
		record(organisation, AccessKind.EXPORT, List.of(participantId), REPORT_PDF, "dpo-access-report", true, null);
		String name = records.participation(participantId).map(ParticipantRecords.Participation::name).orElse(null);
		byte[] pdf = new AccessReportPdf(messages, locale, siteTime).write(participantId, name, organisation.name(),
				entries, search.personNames(personIds(entries)), organisationNames(organisationIds(entries)));
		return file("access-report-" + participantId + ".pdf", MediaType.APPLICATION_PDF, pdf);
	}

	@GetMapping(EXPORT_JSON)
	ResponseEntity<byte[]> export(@PathVariable String slug, @PathVariable UUID participantId) {
		OrganisationSummary organisation = officerOf(slug);
		ownParticipant(organisation, participantId, EXPORT_JSON);
		record(organisation, AccessKind.EXPORT, List.of(participantId), EXPORT_JSON, "gdpr-art-15", true, null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("participantId", participantId);
		body.put("producedAt", Instant.now().toString());
		body.put("controller", organisation.name());
		body.put("legalBasis", "GDPR Art. 15");
		body.put("records", records.everything(participantId));
		List<LogSearch.Entry> entries = search.ofParticipant(participantId, REPORT_LIMIT);
		body.put("accessLog", entries.stream().map(e -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("at", e.at().toString());
			row.put("organisationId", e.organisationId());
			row.put("role", e.role());
			row.put("kind", e.kind().name());
			row.put("purpose", e.purpose());
			row.put("granted", e.granted());
			return row;
		}).toList());
		return file("data-export-" + participantId + ".json", MediaType.APPLICATION_JSON, json.writeValueAsBytes(body));
	}

	/** The organisation, if the signed-in person is its data-protection officer (or a platform admin). */
	private OrganisationSummary officerOf(String slug) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		if (!currentUser.hasAnyRole(organisation.id(), Role.DATA_PROTECTION_OFFICER)) {
			throw new NotFoundException();
		}
		return organisation;
	}

	/** A participant of another jobcenter is "not found", and the attempt is logged as refused. */
	private void ownParticipant(OrganisationSummary organisation, UUID participantId, String route) {
		if (!search.participantOf(organisation.id(), participantId)) {
			record(organisation, AccessKind.EXPORT, List.of(participantId), route, "dpo", false, "OTHER_ORGANISATION");
			throw new NotFoundException();
		}
	}

	private void record(OrganisationSummary organisation, AccessKind kind, List<UUID> participants, String route,
			String purpose, boolean granted, @Nullable String reason) {
		accessLog.record(new AccessEntry(currentUser.personId().orElse(null), organisation.id(),
				Role.DATA_PROTECTION_OFFICER.name(), kind, participants, route, purpose, granted, reason));
	}

	private Map<UUID, String> organisationNames(Collection<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		organisations.byIds(ids).forEach((id, o) -> names.put(id, o.name()));
		return names;
	}

	private static Set<UUID> personIds(List<LogSearch.Entry> entries) {
		Set<UUID> ids = new LinkedHashSet<>();
		entries.forEach(e -> {
			if (e.personId() != null) {
				ids.add(e.personId());
			}
		});
		return ids;
	}

	private static Set<UUID> organisationIds(List<LogSearch.Entry> entries) {
		Set<UUID> ids = new LinkedHashSet<>();
		entries.forEach(e -> {
			if (e.organisationId() != null) {
				ids.add(e.organisationId());
			}
		});
		return ids;
	}

	private static @Nullable UUID uuid(@Nullable String typed, String field, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(typed.strip());
			if (!id.toString().equalsIgnoreCase(typed.strip())) {
				throw new IllegalArgumentException();
			}
			return id;
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(field, "accessLog.error.id");
			return null;
		}
	}

	private static @Nullable LocalDate day(@Nullable String typed, String field, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "accessLog.error.date");
			return null;
		}
	}

	/** The same search on another page (the form's values are ids, dates and a result: no personal data). */
	private static String link(String base, SearchForm form, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
		put(uri, "participant", form.getParticipant());
		put(uri, "person", form.getPerson());
		put(uri, "organisation", form.getOrganisation());
		put(uri, "from", form.getFrom());
		put(uri, "to", form.getTo());
		put(uri, "result", form.getResult());
		uri.queryParam("page", page);
		return uri.encode().build().toUriString();
	}

	private static void put(UriComponentsBuilder uri, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(key, value.strip());
		}
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
