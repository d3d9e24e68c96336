package org.werkstatt.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.Accessibility;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Funding;
import org.werkstatt.catalog.offer.Run;
import org.werkstatt.catalog.offer.TargetGroup;

/**
 * Prepares a result for the page, so that the template only places words (the page is rendered for every search,
 * and each expression the template evaluates costs on every row and check box):
 * <ul>
 * <li>the facets: each value with its label in the reader's language, its count and whether it is ticked, in a steady
 * order (vocabularies in their order, places and free target groups by count, at most {@value #MOST} of them besides
 * the ticked ones);</li>
 * <li>the rows: each offer's link, format, next run ({@link RunWords}) and legal bases in words.</li>
 * </ul>
 */
@Component
class SearchView {

	static final int MOST = 12;

	private final MessageSource messages;
	private final RunWords runWords;

	SearchView(MessageSource messages, RunWords runWords) {
		this.messages = messages;
		this.runWords = runWords;
	}

	public record Option(String facet, String value, String label, String count, boolean ticked, String id) {
	}

	/** An offer in the result list, in words. */
	public record Line(String href, String title, @Nullable String provider, String shortDescription, String format,
			@Nullable String next, RunWords.@Nullable PlacesWords places, @Nullable String legalBases) {
	}

	List<Line> lines(OfferSearch.Result result, Locale locale) {
		String online = text("catalog.search.online", locale);
		return result.offers().stream().map(o -> {
			String next = null;
			RunWords.PlacesWords places = null;
			if (o.next() != null) {
				Run run = o.next().run();
				next = runWords.when(run) + (run.city() != null ? ", " + run.city() : run.onlineUrl() != null ? ", " + online : "");
				places = runWords.places(o.next().places());
			}
			return new Line("/offers/" + o.id(), o.title(), o.provider() == null ? null : o.provider().name(),
					o.shortDescription(), text(o.format().messageKey(), locale), next, places,
					o.legalBases().isEmpty() ? null : String.join("; ", o.legalBases()));
		}).toList();
	}

	public record Facet(String name, String legend, List<Option> options) {
	}

	List<Facet> facets(OfferSearch.Result result, Locale locale) {
		Map<String, String> legalBasisLabels = result.legalBases();
		List<Facet> facets = new ArrayList<>();
		facets.add(ordered(result, "basis", new ArrayList<>(legalBasisLabels.keySet()), legalBasisLabels::get, locale));
		facets.add(byCount(result, "group", v -> isTargetGroup(v) ? text("catalog.targetGroup." + v, locale) : v, locale));
		facets.add(ordered(result, "format", names(Format.values()), v -> text("catalog.format." + v, locale), locale));
		facets.add(ordered(result, "funding", names(Funding.values()), v -> text("catalog.funding." + v, locale), locale));
		facets.add(byCount(result, "region", v -> v, locale));
		facets.add(ordered(result, "start", names(StartWindow.values()), v -> text("catalog.search.start." + v, locale), locale));
		facets.add(ordered(result, "open", List.of("true"), v -> text("catalog.search.open.true", locale), locale));
		facets.add(ordered(result, "access", names(Accessibility.values()), v -> text("catalog.accessibility." + v, locale), locale));
		return facets.stream().filter(f -> !f.options().isEmpty()).toList();
	}

	private Facet ordered(OfferSearch.Result result, String facet, List<String> values, Function<String, String> label,
			Locale locale) {
		Map<String, Long> counts = counts(result, facet);
		List<Option> options = new ArrayList<>();
		for (String value : values) {
			long count = counts.getOrDefault(value, 0L);
			boolean ticked = result.filter().ticked(facet, value);
			if (count > 0 || ticked) {
				options.add(option(facet, value, label.apply(value), count, ticked));
			}
		}
		return new Facet(facet, text("catalog.search.facet." + facet, locale), options);
	}

	private Facet byCount(OfferSearch.Result result, String facet, Function<String, String> label, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (OfferSearch.Count count : result.facet(facet)) {
			boolean ticked = result.filter().ticked(facet, count.value());
			if (options.size() < MOST || ticked) {
				options.add(option(facet, count.value(), label.apply(count.value()), count.offers(), ticked));
			}
		}
		for (String value : facet.equals("group") ? result.filter().targetGroups() : result.filter().regions()) {
			if (options.stream().noneMatch(o -> o.value().equals(value))) {
				options.add(option(facet, value, label.apply(value), 0, true));
			}
		}
		return new Facet(facet, text("catalog.search.facet." + facet, locale), options);
	}

	private static Option option(String facet, String value, String label, long count, boolean ticked) {
		return new Option(facet, value, label, "(" + count + ")", ticked, "f-" + facet + "-" + Integer.toHexString(value.hashCode()));
	}

	private static Map<String, Long> counts(OfferSearch.Result result, String facet) {
		Map<String, Long> counts = new HashMap<>();
		result.facet(facet).forEach(c -> counts.put(c.value(), c.offers()));
		return counts;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static boolean isTargetGroup(String value) {
		for (TargetGroup group : TargetGroup.values()) {
			if (group.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}
}
