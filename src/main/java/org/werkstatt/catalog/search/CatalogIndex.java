package org.werkstatt.catalog.search;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The published catalog in memory, as the search page reads it: every published offer's facet values (for one day:
 * the start windows, places and open enrolment follow from the runs that have not ended by then) and the lexemes of
 * its search vector with their best weight. Immutable once built ({@link SearchIndex} builds a new one when the
 * catalog changes or the day does), so any number of searches read it at once without a lock.
 * <p>
 * A search here gives what the page's statement gave when it ran in PostgreSQL, without a look-up per offer: the
 * text query ({@link Query}: the words in the reader's configuration, the last one also as the start of a word,
 * or all words as typed with the last as a start), the facets' counts over the offers that pass every other
 * facet's filter, the number of matches and the page's offers in rank order. The rank is the weights of the best
 * places each word was found in, summed (title 1.0, keywords and target groups 0.4, descriptions 0.2, the same
 * weights the statement gave {@code ts_rank}); equal ranks go by title, then id.
 */
final class CatalogIndex {

	/** The facets in the order of {@link OfferFilter#FACETS}. */
	static final List<String> FACETS = OfferFilter.FACETS;

	private static final float[] WEIGHT = { 0f, 0.1f, 0.2f, 0.4f, 1f };
	private static final int ALL_FACETS = (1 << FACETS.size()) - 1;
	private static final int FUZZY_CACHE = 1_000;

	/** One published offer as the index takes it in. Lists of facet values in {@link #FACETS}' order. */
	record Entry(Shown shown, List<List<String>> facets, Map<String, Integer> lexemes) {

		UUID id() {
			return shown.id();
		}

		String title() {
			return shown.title();
		}
	}

	/**
	 * What the result list shows of an offer, but its provider's name: kept here so that a page of results needs
	 * no look-up of its offers. {@code next}: the run the list shows (the first that is neither cancelled nor ended,
	 * one open to start in first), as of the index's day; its status and places are worked out when shown.
	 */
	record Shown(UUID id, UUID organisationId, String title, String shortDescription, org.werkstatt.catalog.offer.Format format,
			List<String> legalBases, List<String> funding, org.werkstatt.catalog.offer.@Nullable Run next) {
	}

	/**
	 * The text query, its words normalised by PostgreSQL's dictionaries: each word but the last in the reader's
	 * configuration ({@code head}, an empty array for a stop word) and in 'simple' ({@code headSimple}), the last
	 * word in the reader's configuration ({@code last}) and as typed ({@code prefix}, matched as the start of a
	 * lexeme). No text: {@code prefix} is null and every offer matches.
	 */
	record Query(List<String[]> head, List<String[]> headSimple, String[] last, @Nullable String prefix) {

		static final Query NONE = new Query(List.of(), List.of(), new String[0], null);

		boolean hasText() {
			return prefix != null;
		}
	}

	/** An offer found by similarity of its title (trigrams), with the similarity (0 to 1). */
	record Similar(UUID id, float similarity) {
	}

	/** What a search gives: the offers of the asked page, the number of matches, and every facet's counts. */
	record Answer(List<Shown> offers, long total, Map<String, List<OfferSearch.Count>> facets) {

		List<UUID> ids() {
			return offers.stream().map(Shown::id).toList();
		}
	}

	private final long version;
	private final LocalDate day;
	private final Map<String, Map<String, String>> labels;
	private final UUID[] ids;
	private final Shown[] shown;
	private final Map<UUID, Integer> positions;
	/** Each offer's place in the order of equal ranks (title, then id). */
	private final int[] ordinal;
	private final int[] byOrdinal;
	/** Per facet: its values (the dictionary), and per offer the numbers of its values in the dictionary. */
	private final String[][] values;
	private final int[][][] offerValues;
	/** The lexemes in order, and per lexeme the offers holding it (ascending) with the best weight (1 D to 4 A). */
	private final String[] lexemes;
	private final int[][] postings;
	private final byte[][] weights;
	private final Map<String, List<Similar>> similar = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<Similar>> eldest) {
			return size() > FUZZY_CACHE;
		}
	});

	CatalogIndex(long version, LocalDate day, List<Entry> entries) {
		this(version, day, entries, Map.of());
	}

	/** {@code labels}: the legal bases' labels by language ("de", "da", "en"), each by code in the site's order. */
	CatalogIndex(long version, LocalDate day, List<Entry> entries, Map<String, Map<String, String>> labels) {
		this.version = version;
		this.day = day;
		this.labels = labels;
		int n = entries.size();
		ids = new UUID[n];
		shown = new Shown[n];
		positions = HashMap.newHashMap(n);
		for (int i = 0; i < n; i++) {
			ids[i] = entries.get(i).id();
			shown[i] = entries.get(i).shown();
			positions.put(ids[i], i);
		}
		Collator collator = Collator.getInstance(Locale.ROOT);
		Integer[] order = new Integer[n];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.<Integer, String>comparing(i -> entries.get(i).title(), collator)
			.thenComparing(i -> ids[i]));
		ordinal = new int[n];
		byOrdinal = new int[n];
		for (int place = 0; place < n; place++) {
			ordinal[order[place]] = place;
			byOrdinal[place] = order[place];
		}

		values = new String[FACETS.size()][];
		offerValues = new int[FACETS.size()][n][];
		for (int f = 0; f < FACETS.size(); f++) {
			Map<String, Integer> dictionary = new LinkedHashMap<>();
			for (int i = 0; i < n; i++) {
				List<String> own = entries.get(i).facets().get(f);
				int[] numbers = new int[own.size()];
				for (int v = 0; v < numbers.length; v++) {
					numbers[v] = dictionary.computeIfAbsent(own.get(v), key -> dictionary.size());
				}
				offerValues[f][i] = numbers;
			}
			values[f] = dictionary.keySet().toArray(String[]::new);
		}

		TreeMap<String, List<int[]>> byLexeme = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			for (Map.Entry<String, Integer> lexeme : entries.get(i).lexemes().entrySet()) {
				byLexeme.computeIfAbsent(lexeme.getKey(), k -> new ArrayList<>(2)).add(new int[] { i, lexeme.getValue() });
			}
		}
		lexemes = new String[byLexeme.size()];
		postings = new int[byLexeme.size()][];
		weights = new byte[byLexeme.size()][];
		int l = 0;
		for (Map.Entry<String, List<int[]>> lexeme : byLexeme.entrySet()) {
			lexemes[l] = lexeme.getKey();
			postings[l] = lexeme.getValue().stream().mapToInt(p -> p[0]).toArray();
			byte[] w = new byte[postings[l].length];
			for (int p = 0; p < w.length; p++) {
				w[p] = (byte) (int) lexeme.getValue().get(p)[1];
			}
			weights[l] = w;
			l++;
		}
	}

	long version() {
		return version;
	}

	LocalDate day() {
		return day;
	}

	int size() {
		return ids.length;
	}

	/** The legal bases' labels in the reader's language (German when it has none), by code. */
	Map<String, String> labels(Locale locale) {
		return labels.getOrDefault(locale.getLanguage(), labels.getOrDefault("de", Map.of()));
	}

	/** The offers the text query finds, by rank (0: not found). */
	float[] textRanks(Query query) {
		float[] ranks = new float[ids.length];
		if (!query.hasText()) {
			Arrays.fill(ranks, 1f);
			return ranks;
		}
		float[] prefix = prefix(query.prefix());
		float[] reader = and(query.head(), or(all(query.last()), prefix));
		float[] both = query.head().isEmpty() ? reader : or(reader, and(query.headSimple(), prefix));
		for (int i = 0; i < ranks.length; i++) {
			ranks[i] = both[i] == 0 ? 0 : both[i] + 1;
		}
		return ranks;
	}

	/** The cached similar titles of a text, if this index has looked them up before. */
	@Nullable List<Similar> similar(String text) {
		return similar.get(text);
	}

	void similar(String text, List<Similar> found) {
		similar.put(text, List.copyOf(found));
	}

	/**
	 * Adds the offers of {@code found} (by similarity of title) that the text did not find to {@code ranks}, ranked
	 * below every text hit; an offer this index does not hold (published after it was built) is left out.
	 */
	void addSimilar(float[] ranks, List<Similar> found) {
		for (Similar s : found) {
			Integer i = positions.get(s.id());
			if (i != null && ranks[i] == 0) {
				ranks[i] = Math.max(Float.MIN_NORMAL, Math.min(s.similarity(), 0.999f));
			}
		}
	}

	static int hits(float[] ranks) {
		int hits = 0;
		for (float rank : ranks) {
			if (rank > 0) {
				hits++;
			}
		}
		return hits;
	}

	/** The page ({@code offset}, {@code size}) of the offers found and passing the filter, with the facets' counts. */
	Answer answer(float[] ranks, OfferFilter filter, int offset, int size) {
		boolean[][] wanted = wanted(filter);
		long[][] counts = new long[FACETS.size()][];
		for (int f = 0; f < counts.length; f++) {
			counts[f] = new long[values[f].length];
		}
		long[] keys = new long[ids.length];
		int passing = 0;
		for (int i = 0; i < ids.length; i++) {
			if (ranks[i] == 0) {
				continue;
			}
			int mask = mask(i, wanted);
			if (mask == ALL_FACETS) {
				keys[passing++] = key(ranks[i], i);
			}
			for (int f = 0; f < counts.length; f++) {
				if ((mask | (1 << f)) == ALL_FACETS) {
					for (int v : offerValues[f][i]) {
						counts[f][v]++;
					}
				}
			}
		}
		Map<String, List<OfferSearch.Count>> facets = new HashMap<>();
		for (int f = 0; f < counts.length; f++) {
			List<OfferSearch.Count> list = new ArrayList<>();
			for (int v = 0; v < counts[f].length; v++) {
				if (counts[f][v] > 0) {
					list.add(new OfferSearch.Count(values[f][v], counts[f][v]));
				}
			}
			list.sort(Comparator.comparingLong(OfferSearch.Count::offers).reversed().thenComparing(OfferSearch.Count::value));
			facets.put(FACETS.get(f), list);
		}
		return new Answer(page(keys, passing, offset, size).stream().map(i -> shown[i]).toList(), passing, facets);
	}

	/** Every offer found and passing the filter, in rank order, at most {@code limit}. */
	List<UUID> all(float[] ranks, OfferFilter filter, int limit) {
		boolean[][] wanted = wanted(filter);
		long[] keys = new long[ids.length];
		int passing = 0;
		for (int i = 0; i < ids.length; i++) {
			if (ranks[i] > 0 && mask(i, wanted) == ALL_FACETS) {
				keys[passing++] = key(ranks[i], i);
			}
		}
		return page(keys, passing, 0, limit).stream().map(i -> ids[i]).toList();
	}

	/** The offers (their numbers here) from {@code offset}, at most {@code size}, in the order of the keys. */
	private List<Integer> page(long[] keys, int passing, int offset, int size) {
		if (offset >= passing) {
			return List.of();
		}
		Arrays.sort(keys, 0, passing);
		List<Integer> page = new ArrayList<>(Math.min(size, passing - offset));
		for (int k = offset; k < Math.min(passing, offset + size); k++) {
			page.add(byOrdinal[(int) keys[k]]);
		}
		return page;
	}

	/** Sorts by rank (descending: a positive float's bits order as its value), then by the place of equal ranks. */
	private long key(float rank, int offer) {
		long descending = Integer.MAX_VALUE - Float.floatToIntBits(rank);
		return (descending << 32) | ordinal[offer];
	}

	/** Which facets' filters the offer passes, a bit a facet. */
	private int mask(int offer, boolean[][] wanted) {
		int mask = 0;
		for (int f = 0; f < wanted.length; f++) {
			if (wanted[f] == null) {
				mask |= 1 << f;
				continue;
			}
			for (int v : offerValues[f][offer]) {
				if (wanted[f][v]) {
					mask |= 1 << f;
					break;
				}
			}
		}
		return mask;
	}

	/** Per facet, the values ticked in the filter (null: no filter on that facet; a value no offer has is none). */
	private boolean[] @Nullable [] wanted(OfferFilter filter) {
		boolean[][] wanted = new boolean[FACETS.size()][];
		for (int f = 0; f < wanted.length; f++) {
			Set<String> ticked = filter.values(FACETS.get(f));
			if (ticked.isEmpty()) {
				continue;
			}
			wanted[f] = new boolean[values[f].length];
			for (int v = 0; v < values[f].length; v++) {
				wanted[f][v] = ticked.contains(values[f][v]);
			}
		}
		return wanted;
	}

	/** Offers holding every lexeme of each part (a part without lexemes, a stop word, leaves the rest as it is). */
	private float[] and(List<String[]> parts, float[] rest) {
		float[] result = rest;
		for (String[] part : parts) {
			if (part.length > 0) {
				result = and(all(part), result);
			}
		}
		return result;
	}

	/** Offers holding every one of the lexemes (none given: no offer), ranked by the sum of their best weights. */
	private float[] all(String[] part) {
		float[] result = null;
		for (String lexeme : part) {
			float[] one = new float[ids.length];
			int l = Arrays.binarySearch(lexemes, lexeme);
			if (l >= 0) {
				add(one, l);
			}
			result = result == null ? one : and(result, one);
		}
		return result == null ? new float[ids.length] : result;
	}

	/** Offers holding a lexeme that starts with the text, ranked by the best weight among those lexemes. */
	private float[] prefix(@Nullable String start) {
		float[] result = new float[ids.length];
		if (start == null || start.isEmpty()) {
			return result;
		}
		int l = Arrays.binarySearch(lexemes, start);
		for (l = l < 0 ? -l - 1 : l; l < lexemes.length && lexemes[l].startsWith(start); l++) {
			add(result, l);
		}
		return result;
	}

	private void add(float[] ranks, int lexeme) {
		int[] offers = postings[lexeme];
		byte[] w = weights[lexeme];
		for (int p = 0; p < offers.length; p++) {
			ranks[offers[p]] = Math.max(ranks[offers[p]], WEIGHT[w[p]]);
		}
	}

	private static float[] and(float[] a, float[] b) {
		float[] result = new float[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = a[i] > 0 && b[i] > 0 ? a[i] + b[i] : 0;
		}
		return result;
	}

	private static float[] or(float[] a, float[] b) {
		float[] result = new float[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = Math.max(a[i], b[i]);
		}
		return result;
	}

	/**
	 * The lexemes of a search vector in its text form ({@code 'bewerb':1A,4 'it''s':7C}) with the best weight each
	 * has (4 A, 3 B, 2 C, 1 D; a position without a letter is D, a lexeme without positions too).
	 */
	static Map<String, Integer> lexemes(@Nullable String vector) {
		Map<String, Integer> found = new HashMap<>();
		if (vector == null) {
			return found;
		}
		int i = 0;
		int length = vector.length();
		while (i < length) {
			if (vector.charAt(i) != '\'') {
				i++;
				continue;
			}
			StringBuilder lexeme = new StringBuilder();
			i++;
			while (i < length) {
				char c = vector.charAt(i);
				if (c == '\'' && i + 1 < length && vector.charAt(i + 1) == '\'') {
					lexeme.append('\'');
					i += 2;
				}
				else if (c == '\\' && i + 1 < length) {
					lexeme.append(vector.charAt(i + 1));
					i += 2;
				}
				else if (c == '\'') {
					i++;
					break;
				}
				else {
					lexeme.append(c);
					i++;
				}
			}
			int best = 1;
			if (i < length && vector.charAt(i) == ':') {
				while (i < length && vector.charAt(i) != ' ') {
					best = Math.max(best, switch (vector.charAt(i)) {
						case 'A' -> 4;
						case 'B' -> 3;
						case 'C' -> 2;
						default -> 1;
					});
					i++;
				}
			}
			found.merge(lexeme.toString(), best, Math::max);
		}
		return found;
	}
}
