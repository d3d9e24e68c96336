package org.werkstatt.catalog.files;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.web.SiteAddress;

/**
 * The published catalog as Open Referral HSDS 3.0 objects (docs/open-data.md, "Catalog"): an offer is a
 * {@code service} (status active), its provider an {@code organization}, each run a {@code schedule} (dates and
 * times in words), a {@code service_at_location} (its place) and a {@code cost_option} (its cost); target groups,
 * legal bases, funding, format, time model and accessibility are {@code attribute}s with Werkstatt's taxonomy
 * terms. Ids of the parts are name-based UUIDs of the offer's or run's id, so they stay the same from one call
 * to the next. Fields without a value are left out (HSDS types them as strings, not null).
 */
@Component
class HsdsJson {

	static final String VERSION = "3.0.1";

	private final MessageSource messages;
	private final SiteAddress site;
	private final JdbcClient jdbc;

	HsdsJson(MessageSource messages, SiteAddress site, JdbcClient jdbc) {
		this.messages = messages;
		this.site = site;
		this.jdbc = jdbc;
	}

	/** A service with its one-to-one fields only (HSDS {@code service_list}). */
	Map<String, Object> serviceListItem(OpenCatalog.Offer offer) {
		Map<String, Object> service = new LinkedHashMap<>();
		put(service, "id", offer.id().toString());
		put(service, "organization_id", offer.organisationId().toString());
		put(service, "name", offer.title());
		put(service, "description", offer.description() == null ? offer.shortDescription()
				: offer.shortDescription() + "\n\n" + offer.description());
		put(service, "url", site.link("/offers/" + offer.id()));
		put(service, "status", "active");
		put(service, "eligibility_description", offer.prerequisites());
		if (offer.azavMeasureNumber() != null) {
			put(service, "accreditations", "AZAV " + offer.azavMeasureNumber() + " (" + offer.azavCertifier() + ", "
					+ offer.azavValidUntil() + ")");
		}
		put(service, "last_modified", offer.modifiedAt().toString());
		return service;
	}

	/** A fully nested service: the provider, contacts, runs as schedules, places and costs, and attributes. */
	Map<String, Object> service(OpenCatalog.Offer offer, OpenCatalog.Lists lists, @Nullable OrganisationSummary provider) {
		Map<String, Object> service = serviceListItem(offer);
		String id = offer.id().toString();
		Locale locale = Locale.of(offer.language());
		List<OpenCatalog.Contact> contacts = lists.contacts().getOrDefault(offer.id(), List.of());
		contacts.stream().map(OpenCatalog.Contact::email).filter(e -> e != null).findFirst().ifPresent(e -> put(service, "email", e));
		List<OpenCatalog.Run> runs = lists.runs().getOrDefault(offer.id(), List.of()).stream().filter(r -> !r.cancelled()).toList();
		List<Map<String, Object>> contactList = new ArrayList<>();
		for (OpenCatalog.Contact contact : contacts) {
			String contactId = uuid("contact", id, contact.position());
			Map<String, Object> c = new LinkedHashMap<>();
			put(c, "id", contactId);
			put(c, "service_id", id);
			put(c, "name", contact.name());
			put(c, "title", contact.role());
			put(c, "email", contact.email());
			if (contact.phone() != null) {
				Map<String, Object> phone = new LinkedHashMap<>();
				put(phone, "id", uuid("phone", id, contact.position()));
				put(phone, "contact_id", contactId);
				put(phone, "number", contact.phone());
				c.put("phones", List.of(phone));
			}
			contactList.add(c);
		}
		List<Map<String, Object>> schedules = new ArrayList<>();
		List<Map<String, Object>> places = new ArrayList<>();
		List<Map<String, Object>> costs = new ArrayList<>();
		String currency = "da".equals(offer.language()) ? "DKK" : "EUR";
		for (OpenCatalog.Run run : runs) {
			String runId = run.id().toString();
			Map<String, Object> schedule = new LinkedHashMap<>();
			put(schedule, "id", uuid("schedule", runId, 0));
			put(schedule, "service_id", id);
			put(schedule, "valid_from", text(run.startDate()));
			put(schedule, "valid_to", text(run.endDate()));
			put(schedule, "dtstart", text(run.startDate()));
			put(schedule, "until", text(run.endDate()));
			String words = run.rollingEntry() ? messages.getMessage("catalog.openData.rollingEntry", null, locale) : null;
			put(schedule, "description", join(words, run.schedule()));
			schedules.add(schedule);
			if (run.city() != null || run.onlineUrl() != null) {
				places.add(place(run, id, offer.language()));
			}
			if (run.cost() != null) {
				Map<String, Object> cost = new LinkedHashMap<>();
				put(cost, "id", uuid("cost_option", runId, 0));
				put(cost, "service_id", id);
				put(cost, "valid_from", text(run.startDate()));
				put(cost, "valid_to", text(run.endDate()));
				put(cost, "option", run.externalId());
				put(cost, "currency", currency);
				cost.put("amount", run.cost());
				costs.add(cost);
			}
		}
		if (provider != null) {
			service.put("organization", organization(provider));
		}
		service.put("contacts", contactList);
		service.put("schedules", schedules);
		service.put("service_at_locations", places);
		service.put("cost_options", costs);
		List<Map<String, Object>> funding = new ArrayList<>();
		for (String code : lists.funding().getOrDefault(offer.id(), List.of())) {
			Map<String, Object> f = new LinkedHashMap<>();
			put(f, "id", uuid("funding", id + code, 0));
			put(f, "service_id", id);
			put(f, "source", messages.getMessage("catalog.funding." + code, null, code, locale));
			funding.add(f);
		}
		service.put("funding", funding);
		Map<String, Object> language = new LinkedHashMap<>();
		put(language, "id", uuid("language", id, 0));
		put(language, "service_id", id);
		put(language, "name", Locale.of(offer.language()).getDisplayLanguage(locale));
		put(language, "code", offer.language());
		service.put("languages", List.of(language));
		service.put("attributes", attributes(offer, lists, locale));
		Map<String, Object> metadata = new LinkedHashMap<>();
		put(metadata, "id", uuid("metadata", id, 0));
		put(metadata, "resource_id", id);
		put(metadata, "resource_type", "service");
		put(metadata, "last_action_date", (offer.publishedAt() == null ? offer.modifiedAt() : offer.publishedAt()).toString());
		put(metadata, "last_action_type", "publish");
		put(metadata, "field_name", "");
		put(metadata, "previous_value", "");
		put(metadata, "replacement_value", "");
		put(metadata, "updated_by", provider == null ? "" : provider.name());
		service.put("metadata", List.of(metadata));
		return service;
	}

	private Map<String, Object> place(OpenCatalog.Run run, String serviceId, String language) {
		String runId = run.id().toString();
		String locationId = uuid("location", runId, 0);
		Map<String, Object> location = new LinkedHashMap<>();
		put(location, "id", locationId);
		boolean physical = run.city() != null;
		put(location, "location_type", physical ? "physical" : "virtual");
		put(location, "name", physical ? run.city() : run.onlineUrl());
		if (!physical) {
			put(location, "url", run.onlineUrl());
		}
		if (physical && run.street() != null && run.postalCode() != null) {
			Map<String, Object> address = new LinkedHashMap<>();
			put(address, "id", uuid("address", runId, 0));
			put(address, "location_id", locationId);
			put(address, "address_1", run.street());
			put(address, "city", run.city());
			put(address, "region", run.region());
			put(address, "state_province", "");
			put(address, "postal_code", run.postalCode());
			put(address, "country", "da".equals(language) ? "DK" : "DE");
			put(address, "address_type", "physical");
			location.put("addresses", List.of(address));
		}
		Map<String, Object> at = new LinkedHashMap<>();
		put(at, "id", uuid("service_at_location", runId, 0));
		put(at, "service_id", serviceId);
		put(at, "location_id", locationId);
		at.put("location", location);
		return at;
	}

	private List<Map<String, Object>> attributes(OpenCatalog.Offer offer, OpenCatalog.Lists lists, Locale locale) {
		List<Map<String, Object>> attributes = new ArrayList<>();
		String id = offer.id().toString();
		Map<String, String> legalLabels = legalBasisLabels(offer.language());
		for (OpenCatalog.Group group : lists.targetGroups().getOrDefault(offer.id(), List.of())) {
			String name = group.code() != null
					? messages.getMessage("catalog.targetGroup." + group.code(), null, group.code(), locale) : group.label();
			attributes.add(attribute(id, "werkstatt-target-group", group.code(), name == null ? "" : name));
		}
		for (String code : lists.legalBases().getOrDefault(offer.id(), List.of())) {
			attributes.add(attribute(id, "werkstatt-legal-basis", code, legalLabels.getOrDefault(code, code)));
		}
		for (String code : lists.funding().getOrDefault(offer.id(), List.of())) {
			attributes.add(attribute(id, "werkstatt-funding", code, messages.getMessage("catalog.funding." + code, null, code, locale)));
		}
		for (String code : lists.accessibility().getOrDefault(offer.id(), List.of())) {
			attributes.add(attribute(id, "werkstatt-accessibility", code,
					messages.getMessage("catalog.accessibility." + code, null, code, locale)));
		}
		attributes.add(attribute(id, "werkstatt-format", offer.format(),
				messages.getMessage("catalog.format." + offer.format(), null, offer.format(), locale)));
		attributes.add(attribute(id, "werkstatt-time-model", offer.timeModel(),
				messages.getMessage("catalog.time." + offer.timeModel(), null, offer.timeModel(), locale)));
		return attributes;
	}

	private Map<String, Object> attribute(String serviceId, String taxonomy, @Nullable String code, String name) {
		String termId = uuid("taxonomy_term", taxonomy + "/" + (code == null ? "label:" + name : code), 0);
		Map<String, Object> term = new LinkedHashMap<>();
		put(term, "id", termId);
		put(term, "code", code);
		put(term, "name", name);
		put(term, "description", name);
		put(term, "taxonomy", taxonomy);
		Map<String, Object> attribute = new LinkedHashMap<>();
		put(attribute, "id", uuid("attribute", serviceId + "/" + termId, 0));
		put(attribute, "link_id", serviceId);
		put(attribute, "link_type", "service");
		put(attribute, "link_entity", "service");
		put(attribute, "taxonomy_term_id", termId);
		attribute.put("taxonomy_term", term);
		return attribute;
	}

	/** An organisation as HSDS {@code organization}: no address, no people; its page on this site. */
	Map<String, Object> organization(OrganisationSummary organisation) {
		Map<String, Object> o = new LinkedHashMap<>();
		put(o, "id", organisation.id().toString());
		put(o, "name", organisation.name());
		put(o, "description", organisation.city() == null ? organisation.name() : organisation.name() + ", " + organisation.city());
		put(o, "website", site.link("/o/" + organisation.slug()));
		return o;
	}

	/** A page as the HSDS API answers a list: the counts and flags, then {@code contents}. */
	static Map<String, Object> page(List<?> contents, long total, int page, int perPage) {
		long pages = total == 0 ? 0 : (total + perPage - 1) / perPage;
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("total_items", total);
		answer.put("total_pages", pages);
		answer.put("page_number", page);
		answer.put("size", contents.size());
		answer.put("first_page", page == 1);
		answer.put("last_page", page >= pages);
		answer.put("empty", contents.isEmpty());
		answer.put("contents", contents);
		return answer;
	}

	private Map<String, String> legalBasisLabels(String language) {
		String column = switch (language) {
			case "da" -> "label_da";
			case "en" -> "label_en";
			default -> "label_de";
		};
		Map<String, String> labels = new LinkedHashMap<>();
		jdbc.sql("select code, " + column + " from legal_basis").query(rs -> {
			labels.put(rs.getString(1), rs.getString(2));
		});
		return labels;
	}

	static String uuid(String kind, String of, int position) {
		return UUID.nameUUIDFromBytes((kind + ":" + of + ":" + position).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	private static @Nullable String join(@Nullable String a, @Nullable String b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a + ". " + b;
	}

	private static void put(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	static @Nullable Instant parseInstant(String text) {
		Instant parsed = parseAnyInstant(text);
		// years the database keeps: a far future or past is no time a client can mean
		return parsed == null || parsed.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
				|| parsed.isAfter(Instant.parse("9999-12-31T23:59:59Z")) ? null : parsed;
	}

	private static @Nullable Instant parseAnyInstant(String text) {
		try {
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
			}
			return java.time.OffsetDateTime.parse(text).toInstant();
		}
		catch (java.time.format.DateTimeParseException e) {
			try {
				return Instant.parse(text);
			}
			catch (java.time.format.DateTimeParseException again) {
				return null;
			}
		}
	}
}
