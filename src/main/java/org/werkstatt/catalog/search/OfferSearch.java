package org.werkstatt.catalog.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.web.SiteTime;

/**
 * Searches the published offers in the {@link SearchIndex}: a page of them with the facets' counts, then the page's
 * offers with their next run from the database ({@link OfferRows}). The files take every match, without facets.
 */
@Component
class OfferSearch {

	static final int PAGE_SIZE = 20;
	/** The most offers a file (CSV, XLSX, calendar) holds. */
	static final int FILE_LIMIT = 5_000;

	/** Fewer text hits than this, and titles similar to the text are added. */
	static final int FEW = 5;

	private final JdbcClient jdbc;
	private final SearchIndex index;
	private final OfferRows rows;

	OfferSearch(JdbcClient jdbc, SearchIndex index, OfferRows rows) {
		this.jdbc = jdbc;
		this.index = index;
		this.rows = rows;
	}

	/** One value of a facet and how many offers it would leave (with the other facets' filters). */
	public record Count(String value, long offers) {
	}

	/** What the search page shows: the page's offers, how many match, and every facet's counts. */
	public record Result(OfferFilter filter, List<OfferRows.Row> offers, long total, Map<String, List<Count>> facets,
			Map<String, String> legalBases) {

		public int pages() {
			return (int) Math.min(OfferFilter.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public List<Count> facet(String name) {
			return facets.getOrDefault(name, List.of());
		}
	}

	Result page(OfferFilter filter, Locale locale) {
		CatalogIndex index = this.index.current();
		CatalogIndex.Answer answer = index.answer(ranks(index, filter, locale), filter, (filter.page() - 1) * PAGE_SIZE,
				PAGE_SIZE);
		Map<String, String> labels = index.labels(locale);
		return new Result(filter, rows.shown(answer.offers(), labels), answer.total(), answer.facets(), labels);
	}

	/** Every matching offer (at most {@link #FILE_LIMIT}), in the order of the list. */
	List<UUID> all(OfferFilter filter, Locale locale) {
		CatalogIndex index = this.index.current();
		return index.all(ranks(index, filter, locale), filter, FILE_LIMIT);
	}

	/**
	 * The offers the text finds, by rank; when it finds fewer than {@value #FEW}, also those whose title is similar
	 * to the text as typed (trigrams, index {@code offer_title_trgm_ix}), ranked below every text hit.
	 */
	private float[] ranks(CatalogIndex index, OfferFilter filter, Locale locale) {
		float[] ranks = index.textRanks(this.index.query(filter, locale));
		if (filter.hasText() && CatalogIndex.hits(ranks) < FEW) {
			List<CatalogIndex.Similar> similar = index.similar(filter.text());
			if (similar == null) {
				similar = jdbc.sql("""
						select o.id, word_similarity(:text, o.title) as similarity
						  from offer o
						 where o.state = 'PUBLISHED' and :text <% o.title""")
					.param("text", filter.text())
					.query((rs, n) -> new CatalogIndex.Similar(rs.getObject("id", UUID.class), rs.getFloat("similarity")))
					.list();
				index.similar(filter.text(), similar);
			}
			index.addSimilar(ranks, similar);
		}
		return ranks;
	}

	/** The text-search configuration of the reader's language. */
	static String config(Locale locale) {
		return switch (locale.getLanguage()) {
			case "da" -> "danish";
			case "en" -> "english";
			default -> "german";
		};
	}
}
