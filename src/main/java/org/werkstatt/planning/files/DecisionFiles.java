package org.werkstatt.planning.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.files.Csv;
import org.werkstatt.platform.web.NotFoundException;

import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's published decisions as open data ({@code /o/{slug}/decisions.json|csv}, schema at
 * {@code /open-data/decisions.schema.json}): for everyone, with the same fields in both files. Column names
 * and codes are fixed (English); only {@code outcomeLabel} follows the reader's language.
 */
@Controller
class DecisionFiles {

	static final String SCHEMA = "/open-data/decisions.schema.json";
	static final List<String> FIELDS = List.of("ideaId", "eventId", "eventTitle", "wall", "idea", "manualSource", "outcome",
			"outcomeLabel", "reason", "planId", "measureId", "measureNumber", "measureTitle", "publishedAt");

	private final Organisations organisations;
	private final OpenDecisions decisions;
	private final MessageSource messages;
	private final JsonMapper json;

	DecisionFiles(Organisations organisations, OpenDecisions decisions, MessageSource messages, JsonMapper json) {
		this.organisations = organisations;
		this.decisions = decisions;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/o/{slug}/decisions.json")
	ResponseEntity<byte[]> json(@PathVariable String slug, Locale locale) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("$schema", SCHEMA);
		body.put("organisation", Map.of("id", organisation.id().toString(), "slug", organisation.slug(), "name",
				organisation.name()));
		body.put("language", locale.getLanguage());
		body.put("decisions", rows(organisation, locale));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Access-Control-Allow-Origin", "*")
			.body(json.writeValueAsBytes(body));
	}

	@GetMapping("/o/{slug}/decisions.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, Locale locale) {
		OrganisationSummary organisation = organisations.bySlug(slug).orElseThrow(NotFoundException::new);
		Csv csv = Csv.semicolonSeparated().row(FIELDS.toArray());
		for (Map<String, Object> row : rows(organisation, locale)) {
			csv.row(FIELDS.stream().map(row::get).toArray());
		}
		return ResponseEntity.ok()
			.contentType(ExportFiles.CSV)
			.header("Content-Disposition", ContentDisposition.attachment().filename("decisions-" + slug + ".csv").build().toString())
			.header("Access-Control-Allow-Origin", "*")
			.header("X-Content-Type-Options", "nosniff")
			.body(csv.bytes());
	}

	private List<Map<String, Object>> rows(OrganisationSummary organisation, Locale locale) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (OpenDecisions.Row decision : decisions.of(organisation.id())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("ideaId", decision.ideaId().toString());
			row.put("eventId", text(decision.eventId()));
			row.put("eventTitle", decision.eventTitle());
			row.put("wall", decision.wall());
			row.put("idea", decision.idea());
			row.put("manualSource", decision.manualSource());
			row.put("outcome", decision.outcome().name());
			row.put("outcomeLabel", messages.getMessage(decision.outcome().messageKey(), null, locale));
			row.put("reason", decision.reason());
			row.put("planId", text(decision.planId()));
			row.put("measureId", text(decision.measureId()));
			row.put("measureNumber", decision.measureNumber());
			row.put("measureTitle", decision.measureTitle());
			row.put("publishedAt", decision.publishedAt().toString());
			rows.add(row);
		}
		return rows;
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}
}
