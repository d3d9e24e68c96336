package org.werkstatt.catalog.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.werkstatt.catalog.offer.Accessibility;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Funding;

/**
 * What a visitor asks the catalog for, read from the address ({@code /offers?q=…&format=DIGITAL&page=2}), so that a
 * search is a link to share. Within a facet the ticked values are alternatives, between facets all must hold.
 * Nothing read here is refused: an unknown value, a page that is no number and an overlong text are left out or
 * cut, and the visitor gets a normal page.
 *
 * @param words  the words of the text query (letters and digits only), at most {@link #MAX_WORDS}
 * @param text   the text query as typed, cut to {@link #MAX_TEXT} characters (for the search box and trigrams)
 * @param open   only offers with a run open for enrolment
 */
public record OfferFilter(String text, List<String> words, Set<String> legalBases, Set<String> targetGroups,
		Set<String> formats, Set<String> funding, Set<String> regions, Set<String> starts, boolean open,
		Set<String> accessibility, int page) {

	static final int MAX_TEXT = 200;
	static final int MAX_WORDS = 8;
	static final int MAX_VALUES = 20;
	static final int MAX_PAGE = 500;

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	/** The facets: the name of each in the address. */
	static final List<String> FACETS = List.of("basis", "group", "format", "funding", "region", "start", "open",
			"access");

	static OfferFilter of(MultiValueMap<String, String> parameters) {
		return of(parameters.entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	static OfferFilter of(Map<String, List<String>> parameters) {
		String text = first(parameters, "q").strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		List<String> words = new ArrayList<>();
		for (String word : NOT_A_WORD.split(text.toLowerCase(java.util.Locale.ROOT))) {
			if (!word.isEmpty() && words.size() < MAX_WORDS) {
				words.add(word.length() > 40 ? word.substring(0, 40) : word);
			}
		}
		return new OfferFilter(text, List.copyOf(words),
				values(parameters, "basis", v -> CODE.matcher(v).matches()),
				values(parameters, "group", v -> v.length() <= 100),
				values(parameters, "format", v -> isEnum(Format.class, v)),
				values(parameters, "funding", v -> isEnum(Funding.class, v)),
				values(parameters, "region", v -> v.length() <= 100),
				values(parameters, "start", v -> isEnum(StartWindow.class, v)),
				"true".equals(first(parameters, "open").strip()),
				values(parameters, "access", v -> isEnum(Accessibility.class, v)),
				page(first(parameters, "page")));
	}

	public boolean hasText() {
		return !words.isEmpty();
	}

	/** Whether a facet value is ticked (for the check boxes). */
	public boolean ticked(String facet, String value) {
		return values(facet).contains(value);
	}

	/** The values ticked in a facet ("true" in "open" when only offers open for enrolment are asked for). */
	Set<String> values(String facet) {
		return switch (facet) {
			case "basis" -> legalBases;
			case "group" -> targetGroups;
			case "format" -> formats;
			case "funding" -> funding;
			case "region" -> regions;
			case "start" -> starts;
			case "open" -> open ? Set.of("true") : Set.of();
			case "access" -> accessibility;
			default -> Set.of();
		};
	}

	/** The same filter on another page. */
	public OfferFilter onPage(int number) {
		return new OfferFilter(text, words, legalBases, targetGroups, formats, funding, regions, starts, open,
				accessibility, number);
	}

	/** The address of this filter under {@code path} (page 1 is left out), e.g. for the pages and the files. */
	public String link(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (!text.isEmpty()) {
			uri.queryParam("q", text);
		}
		legalBases.forEach(v -> uri.queryParam("basis", v));
		targetGroups.forEach(v -> uri.queryParam("group", v));
		formats.forEach(v -> uri.queryParam("format", v));
		funding.forEach(v -> uri.queryParam("funding", v));
		regions.forEach(v -> uri.queryParam("region", v));
		starts.forEach(v -> uri.queryParam("start", v));
		if (open) {
			uri.queryParam("open", "true");
		}
		accessibility.forEach(v -> uri.queryParam("access", v));
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
	}

	private static Set<String> values(Map<String, List<String>> parameters, String name, Predicate<String> valid) {
		List<String> values = parameters.getOrDefault(name, List.of());
		Set<String> kept = new LinkedHashSet<>();
		for (@Nullable String value : values) {
			if (value != null && !value.isBlank() && kept.size() < MAX_VALUES && valid.test(value.strip())) {
				kept.add(value.strip());
			}
		}
		return java.util.Collections.unmodifiableSet(kept);
	}

	private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static int page(String value) {
		try {
			int page = Integer.parseInt(value.strip());
			return Math.clamp(page, 1, MAX_PAGE);
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}
}
