package org.werkstatt.catalog.search;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search of offers, {@code /offers}: a form that works without script (the filter is the address, to
 * share), which htmx sends while typing and ticking; an htmx request gets the result list with the facets (sent
 * out of band) instead of the whole page.
 */
@Controller
class SearchPage {

	private final OfferSearch search;
	private final SearchView view;
	private final MessageSource messages;

	SearchPage(OfferSearch search, SearchView view, MessageSource messages) {
		this.search = search;
		this.view = view;
		this.messages = messages;
	}

	@GetMapping("/offers")
	String offers(@RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
			Locale locale, Model model, HttpServletResponse response) {
		OfferFilter filter = OfferFilter.of(parameters);
		OfferSearch.Result result = search.page(filter, locale);
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		List<SearchView.Line> lines = view.lines(result, locale);
		model.addAttribute("lines", lines);
		model.addAttribute("linesHtml", SearchHtml.lines(lines, messages.getMessage("catalog.search.format", null, locale),
				messages.getMessage("catalog.search.nextRun", null, locale), messages.getMessage("catalog.search.legalBasis", null, locale)));
		model.addAttribute("facetsHtml", SearchHtml.facets(view.facets(result, locale)));
		response.addHeader("Vary", "HX-Request");
		boolean fragment = htmx != null && restore == null;
		model.addAttribute("htmxOob", fragment);
		return fragment ? "catalog/search/offers :: htmx" : "catalog/search/offers";
	}
}
