package org.werkstatt.catalog.files;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.files.Csv;

/**
 * The published catalog as open data, following the Open Referral HSDS 3.0 API reference: {@code /api/hsds}
 * (what this is), {@code /api/hsds/services} (paged: {@code page}, {@code per_page}; filters {@code search},
 * {@code modified_after}, {@code organization_id}), {@code /api/hsds/services/{id}} (fully nested),
 * {@code /api/hsds/organizations} and {@code /api/hsds/organizations/{id}} (with its services), and as CSV
 * {@code /open-data/catalog/offers.csv} and {@code /open-data/catalog/runs.csv}. Only published offers; no
 * person but the work contacts a provider published. Documented in docs/open-data.md.
 */
@RestController
class HsdsApi {

	static final int DEFAULT_PER_PAGE = 50;
	static final int MAX_PER_PAGE = 200;

	private final OpenCatalog catalog;
	private final HsdsJson json;
	private final Organisations organisations;

	HsdsApi(OpenCatalog catalog, HsdsJson json, Organisations organisations) {
		this.catalog = catalog;
		this.json = json;
		this.organisations = organisations;
	}

	@GetMapping(path = { "/api/hsds", "/api/hsds/" }, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> about() {
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("version", HsdsJson.VERSION);
		about.put("profile", "https://openreferral.org/");
		about.put("openapi_url", "https://github.com/openreferral/specification/blob/3.0/schema/openapi.json");
		return about;
	}

	@GetMapping(path = "/api/hsds/services", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> services(@RequestParam(name = "page", required = false) @Nullable String page,
			@RequestParam(name = "per_page", required = false) @Nullable String perPage,
			@RequestParam(name = "modified_after", required = false) @Nullable String modifiedAfter,
			@RequestParam(name = "search", required = false) @Nullable String search,
			@RequestParam(name = "organization_id", required = false) @Nullable String organizationId) {
		Integer number = whole(page, 1, Integer.MAX_VALUE, 1);
		Integer size = whole(perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
		Instant after = modifiedAfter == null || modifiedAfter.isBlank() ? null : HsdsJson.parseInstant(modifiedAfter.strip());
		UUID organisation = uuid(organizationId);
		if (number == null || size == null || after == null && modifiedAfter != null && !modifiedAfter.isBlank()
				|| organisation == null && organizationId != null && !organizationId.isBlank()) {
			return bad("page and per_page are whole numbers (per_page at most " + MAX_PER_PAGE
					+ "), modified_after a date or date-time (ISO 8601), organization_id an id");
		}
		OpenCatalog.Page found = catalog.page((int) Math.min(Integer.MAX_VALUE, ((long) number - 1) * size), size, after,
				search, organisation);
		List<Map<String, Object>> contents = found.offers().stream().map(json::serviceListItem).toList();
		return ResponseEntity.ok(HsdsJson.page(contents, found.total(), number, size));
	}

	@GetMapping(path = "/api/hsds/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> service(@PathVariable String id) {
		UUID offerId = uuid(id);
		OpenCatalog.Offer offer = offerId == null ? null : catalog.offer(offerId).orElse(null);
		if (offer == null) {
			return notFound();
		}
		OpenCatalog.Lists lists = catalog.lists(List.of(offer.id()));
		return ResponseEntity.ok(json.service(offer, lists, organisations.byId(offer.organisationId()).orElse(null)));
	}

	@GetMapping(path = "/api/hsds/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> organizations(@RequestParam(name = "page", required = false) @Nullable String page,
			@RequestParam(name = "per_page", required = false) @Nullable String perPage) {
		Integer number = whole(page, 1, Integer.MAX_VALUE, 1);
		Integer size = whole(perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
		if (number == null || size == null) {
			return bad("page and per_page are whole numbers (per_page at most " + MAX_PER_PAGE + ")");
		}
		List<OrganisationSummary> all = providers();
		int from = (int) Math.min(all.size(), ((long) number - 1) * size);
		List<Map<String, Object>> contents = all.subList(from, Math.min(all.size(), from + size))
			.stream()
			.map(json::organization)
			.toList();
		return ResponseEntity.ok(HsdsJson.page(contents, all.size(), number, size));
	}

	@GetMapping(path = "/api/hsds/organizations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> organization(@PathVariable String id) {
		UUID organisationId = uuid(id);
		if (organisationId == null || !catalog.organisations().containsKey(organisationId)) {
			return notFound();
		}
		OrganisationSummary organisation = organisations.byId(organisationId).orElse(null);
		if (organisation == null) {
			return notFound();
		}
		Map<String, Object> answer = json.organization(organisation);
		List<Map<String, Object>> services = new ArrayList<>();
		catalog.page(0, Integer.MAX_VALUE, null, null, organisationId).offers().forEach(o -> services.add(json.serviceListItem(o)));
		answer.put("services", services);
		return ResponseEntity.ok(answer);
	}

	/** The published offers, one row each, with fixed English column names (docs/open-data.md). */
	@GetMapping("/open-data/catalog/offers.csv")
	ResponseEntity<byte[]> offersCsv() {
		List<OpenCatalog.Offer> offers = catalog.page(0, Integer.MAX_VALUE, null, null, null).offers();
		OpenCatalog.Lists lists = catalog.lists(offers.stream().map(OpenCatalog.Offer::id).toList());
		Map<UUID, OrganisationSummary> providers = organisations.byIds(offers.stream().map(OpenCatalog.Offer::organisationId).toList());
		Csv csv = Csv.semicolonSeparated();
		csv.row("id", "organisation_id", "organisation", "title", "short_description", "description", "language", "format",
				"time_model", "duration", "target_groups", "legal_bases", "funding", "accessibility", "prerequisites",
				"outcome", "examining_body", "azav_measure_number", "azav_certifier", "azav_valid_until", "keywords", "url",
				"modified_at");
		for (OpenCatalog.Offer o : offers) {
			OrganisationSummary provider = providers.get(o.organisationId());
			csv.row(o.id(), o.organisationId(), provider == null ? null : provider.name(), o.title(), o.shortDescription(),
					o.description(), o.language(), o.format(), o.timeModel(), o.duration(),
					String.join(", ", lists.targetGroups().getOrDefault(o.id(), List.of()).stream()
						.map(g -> g.code() != null ? g.code() : g.label()).toList()),
					String.join(", ", lists.legalBases().getOrDefault(o.id(), List.of())),
					String.join(", ", lists.funding().getOrDefault(o.id(), List.of())),
					String.join(", ", lists.accessibility().getOrDefault(o.id(), List.of())), o.prerequisites(), o.outcome(),
					o.examiningBody(), o.azavMeasureNumber(), o.azavCertifier(), o.azavValidUntil(),
					o.keywords(), json.serviceListItem(o).get("url"), o.modifiedAt());
		}
		return csv(csv, "offers.csv");
	}

	/** The runs of published offers that are not cancelled. */
	@GetMapping("/open-data/catalog/runs.csv")
	ResponseEntity<byte[]> runsCsv() {
		List<OpenCatalog.Offer> offers = catalog.page(0, Integer.MAX_VALUE, null, null, null).offers();
		OpenCatalog.Lists lists = catalog.lists(offers.stream().map(OpenCatalog.Offer::id).toList());
		Csv csv = Csv.semicolonSeparated();
		csv.row("id", "offer_id", "start_date", "end_date", "rolling_entry", "schedule", "street", "postal_code", "city",
				"region", "online_url", "max_participants", "places_available", "places_confirmed_at", "enrolment_open",
				"waiting_weeks", "cost", "modified_at");
		for (OpenCatalog.Offer o : offers) {
			for (OpenCatalog.Run r : lists.runs().getOrDefault(o.id(), List.of())) {
				if (r.cancelled()) {
					continue;
				}
				csv.row(r.id(), r.offerId(), r.startDate(), r.endDate(), r.rollingEntry(), r.schedule(), r.street(),
						r.postalCode(), r.city(), r.region(), r.onlineUrl(), r.maxParticipants(), r.placesAvailable(),
						r.placesConfirmedAt(), r.enrolmentOpen(), r.waitingWeeks(), r.cost(), r.modifiedAt());
			}
		}
		return csv(csv, "runs.csv");
	}

	private List<OrganisationSummary> providers() {
		Map<UUID, OrganisationSummary> byId = organisations.byIds(catalog.organisations().keySet());
		return byId.values().stream().sorted(java.util.Comparator.comparing(OrganisationSummary::name)).toList();
	}

	private static ResponseEntity<byte[]> csv(Csv csv, String name) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
			.body(csv.bytes());
	}

	private static @Nullable Integer whole(@Nullable String text, int min, int max, int otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text.strip());
			return value < min || value > max ? null : value;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static ResponseEntity<Map<String, Object>> bad(String message) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", message));
	}

	private static ResponseEntity<Map<String, Object>> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not found"));
	}
}
