package org.werkstatt.catalog.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Run;
import org.werkstatt.catalog.offer.RunStatus;
import org.werkstatt.platform.web.SiteAddress;

import tools.jackson.databind.json.JsonMapper;

/**
 * The offer as schema.org JSON-LD for search engines: a Course with its runs as CourseInstances (mode, place,
 * dates, price, places left only when confirmed) and the provider as Organization. Written into a
 * {@code <script type="application/ld+json">} (data, which browsers do not run, so the Content-Security-Policy
 * lets it be); {@code <}, {@code >} and {@code &} are written as JSON escapes, so no text can end the element.
 */
@Component
class OfferJsonLd {

	private final JsonMapper json;
	private final SiteAddress site;
	private final String currency;

	OfferJsonLd(JsonMapper json, SiteAddress site, @Value("${werkstatt.catalog.currency:EUR}") String currency) {
		this.json = json;
		this.site = site;
		this.currency = currency;
	}

	String of(PublicOffer offer) {
		Map<String, Object> course = new LinkedHashMap<>();
		course.put("@context", "https://schema.org");
		course.put("@type", "Course");
		course.put("@id", site.link("/offers/" + offer.id()));
		course.put("url", site.link("/offers/" + offer.id()));
		course.put("name", offer.title());
		course.put("description", offer.shortDescription());
		course.put("inLanguage", offer.language());
		putIf(course, "coursePrerequisites", offer.prerequisites());
		putIf(course, "educationalCredentialAwarded", offer.outcome());
		putIf(course, "keywords", offer.keywords());
		Map<String, Object> provider = new LinkedHashMap<>();
		provider.put("@type", "Organization");
		provider.put("name", offer.provider().name());
		provider.put("url", site.link("/o/" + offer.provider().slug()));
		if (offer.provider().hasLogo()) {
			provider.put("logo", site.link(offer.provider().logoUrl()));
		}
		course.put("provider", provider);
		List<Map<String, Object>> instances = new ArrayList<>();
		for (RunRows run : offer.runs()) {
			if (run.status() != RunStatus.CANCELLED) {
				instances.add(instance(offer, run));
			}
		}
		course.put("hasCourseInstance", instances);
		return safe(json.writeValueAsString(course));
	}

	private Map<String, Object> instance(PublicOffer offer, RunRows row) {
		Run run = row.run();
		Map<String, Object> instance = new LinkedHashMap<>();
		instance.put("@type", "CourseInstance");
		instance.put("courseMode", mode(offer.format()));
		if (run.startDate() != null) {
			instance.put("startDate", run.startDate().toString());
		}
		if (run.endDate() != null) {
			instance.put("endDate", run.endDate().toString());
		}
		if (run.city() != null || run.street() != null) {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			putIf(address, "streetAddress", run.street());
			putIf(address, "postalCode", run.postalCode());
			putIf(address, "addressLocality", run.city());
			Map<String, Object> place = new LinkedHashMap<>();
			place.put("@type", "Place");
			place.put("name", run.room() != null ? run.room() : row.address());
			place.put("address", address);
			instance.put("location", place);
		}
		else if (run.onlineUrl() != null) {
			instance.put("location", Map.of("@type", "VirtualLocation", "url", run.onlineUrl()));
		}
		if (run.cost() != null) {
			Map<String, Object> price = new LinkedHashMap<>();
			price.put("@type", "Offer");
			price.put("price", run.cost().toPlainString());
			price.put("priceCurrency", currency);
			price.put("category", run.cost().signum() == 0 ? "Free" : "Paid");
			instance.put("offers", price);
		}
		if (row.places().shown()) {
			instance.put("remainingAttendeeCapacity", row.places().count());
		}
		if (run.maxParticipants() != null) {
			instance.put("maximumAttendeeCapacity", run.maxParticipants());
		}
		return instance;
	}

	/** schema.org's courseMode: onsite, online or blended. */
	static String mode(Format format) {
		return switch (format) {
			case IN_PERSON -> "onsite";
			case DIGITAL, DISTANCE -> "online";
			case HYBRID -> "blended";
		};
	}

	private static void putIf(Map<String, Object> map, String key, @org.jspecify.annotations.Nullable String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

	/** JSON that no HTML parser reads as the end of the script element or a comment. */
	static String safe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}
}
