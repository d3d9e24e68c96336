package org.werkstatt.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The index in memory on its own: the vector's text, the query's logic, the rank, the facets and the pages. */
class CatalogIndexTests {

	private final List<CatalogIndex.Entry> entries = new ArrayList<>();
	private final Map<UUID, String> titles = new java.util.HashMap<>();

	@Test
	void readsTheVectorsTextWithTheBestWeightOfEachLexeme() {
		assertThat(CatalogIndex.lexemes("'bewerb':1A,5C 'kompakt':2A 'lebenslauf':4B 'nah':7 'it''s':8C 'x\\\\y':9"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("bewerb", 4, "kompakt", 4, "lebenslauf", 3, "nah", 1, "it's", 2,
					"x\\y", 1));
		assertThat(CatalogIndex.lexemes("'ohne' 'stellen'")).containsEntry("ohne", 1).containsEntry("stellen", 1);
		assertThat(CatalogIndex.lexemes(null)).isEmpty();
		assertThat(CatalogIndex.lexemes("")).isEmpty();
	}

	@Test
	void ranksTitleBeforeKeywordsBeforeDescriptionThenByTitle() {
		offer("Zeitmanagement", "IN_PERSON", "'pfleg':9C 'zeitmanag':1A");
		offer("Pflege kompakt", "IN_PERSON", "'pfleg':1A 'kompakt':2A");
		offer("Altenhilfe", "DIGITAL", "'pfleg':4B 'altenhilf':1A");
		offer("Anpflegen", "DIGITAL", "'pfleg':3B 'anpfleg':1A");
		offer("Lager", "DIGITAL", "'lag':1A");
		CatalogIndex index = index();
		assertThat(titles(index, query("pfleg"), filter(""))).containsExactly("Pflege kompakt", "Altenhilfe",
				"Anpflegen", "Zeitmanagement");
		// no text: every offer, by title
		assertThat(titles(index, CatalogIndex.Query.NONE, filter(""))).containsExactly("Altenhilfe", "Anpflegen",
				"Lager", "Pflege kompakt", "Zeitmanagement");
	}

	@Test
	void theLastWordAlsoMatchesAsTheStartOfALexemeAndEveryOtherWordMustHold() {
		offer("Bewerbung kompakt", "IN_PERSON", "'bewerb':1A 'bewerbung':1A 'kompakt':2A");
		offer("Bewerbungscoaching", "DIGITAL", "'bewerbungscoaching':1A");
		offer("Kompaktkurs", "DIGITAL", "'kompaktkurs':1A");
		CatalogIndex index = index();
		assertThat(titles(index, new CatalogIndex.Query(List.of(), List.of(), new String[] { "bew" }, "bewer"), filter("")))
			.containsExactly("Bewerbung kompakt", "Bewerbungscoaching");
		// "bewerbung komp": the head in the reader's configuration and the last word started
		assertThat(titles(index, new CatalogIndex.Query(List.<String[]>of(new String[] { "bewerb" }),
				List.<String[]>of(new String[] { "bewerbung" }), new String[] { "komp" }, "komp"), filter("")))
			.containsExactly("Bewerbung kompakt");
		// a stop word in the head leaves the rest as it is; an unknown word finds nothing
		assertThat(titles(index, new CatalogIndex.Query(List.<String[]>of(new String[0]), List.<String[]>of(new String[] { "der" }),
				new String[] { "kompaktkurs" }, "kompaktkurs"), filter(""))).containsExactly("Kompaktkurs");
		assertThat(titles(index, query("nichts"), filter(""))).isEmpty();
	}

	@Test
	void countsEachFacetOverTheOffersPassingTheOtherFilters() {
		offer("A", "IN_PERSON", "'a':1A", List.of("DE_SGB2_16A"));
		offer("B", "DIGITAL", "'b':1A", List.of("DE_SGB2_16A", "DE_ESF_PLUS"));
		offer("C", "HYBRID", "'c':1A", List.of("DE_SGB3_81_FBW"));
		CatalogIndex index = index();
		CatalogIndex.Answer digital = index.answer(index.textRanks(CatalogIndex.Query.NONE), filter("format=DIGITAL"), 0, 20);
		assertThat(digital.total()).isEqualTo(1);
		assertThat(count(digital, "format", "IN_PERSON")).isEqualTo(1);
		assertThat(count(digital, "basis", "DE_ESF_PLUS")).isEqualTo(1);
		assertThat(count(digital, "basis", "DE_SGB3_81_FBW")).isZero();
		CatalogIndex.Answer two = index.answer(index.textRanks(CatalogIndex.Query.NONE),
				filter("basis=DE_SGB2_16A&basis=DE_SGB3_81_FBW&format=IN_PERSON&format=HYBRID"), 0, 20);
		assertThat(two.total()).isEqualTo(2);
		// a value no offer has passes none
		assertThat(index.answer(index.textRanks(CatalogIndex.Query.NONE), filter("basis=DE_SGB2_16E"), 0, 20).total())
			.isZero();
	}

	@Test
	void pagesFollowTheRankAndAPageBeyondTheEndIsEmpty() {
		for (int i = 0; i < 45; i++) {
			offer("Kurs %02d".formatted(i), "IN_PERSON", "'kurs':1A");
		}
		CatalogIndex index = index();
		float[] ranks = index.textRanks(query("kurs"));
		assertThat(index.answer(ranks, filter(""), 20, 20).ids()).hasSize(20).first()
			.satisfies(id -> assertThat(titles.get(id)).isEqualTo("Kurs 20"));
		assertThat(index.answer(ranks, filter(""), 40, 20).ids()).hasSize(5);
		assertThat(index.answer(ranks, filter(""), 60, 20).ids()).isEmpty();
		assertThat(index.all(ranks, filter(""), 10)).hasSize(10);
	}

	@Test
	void similarTitlesComeAfterEveryTextHitAndOnlyWhenTheIndexHoldsThem() {
		offer("Bewerbungscoaching", "DIGITAL", "'bewerbungscoaching':1A");
		offer("Coaching", "DIGITAL", "'coaching':1A");
		CatalogIndex index = index();
		float[] ranks = index.textRanks(query("coaching"));
		UUID similar = entries.getFirst().id();
		index.addSimilar(ranks, List.of(new CatalogIndex.Similar(similar, 0.7f),
				new CatalogIndex.Similar(UUID.randomUUID(), 0.9f)));
		assertThat(CatalogIndex.hits(ranks)).isEqualTo(2);
		assertThat(index.all(ranks, filter(""), 10)).extracting(titles::get).containsExactly("Coaching", "Bewerbungscoaching");
	}

	private void offer(String title, String format, String vector) {
		offer(title, format, vector, List.of());
	}

	private void offer(String title, String format, String vector, List<String> bases) {
		UUID id = UUID.randomUUID();
		titles.put(id, title);
		entries.add(new CatalogIndex.Entry(new CatalogIndex.Shown(id, UUID.randomUUID(), title, "",
				org.werkstatt.catalog.offer.Format.valueOf(format), bases, List.of(), null),
				List.of(bases, List.of(), List.of(format), List.of(), List.of(), List.of(), List.of(), List.of()),
				CatalogIndex.lexemes(vector)));
	}

	private CatalogIndex index() {
		return new CatalogIndex(1, LocalDate.now(), entries);
	}

	private static CatalogIndex.Query query(String lexeme) {
		return new CatalogIndex.Query(List.of(), List.of(), new String[] { lexeme }, lexeme);
	}

	private static OfferFilter filter(String query) {
		return OfferFilter.of(org.springframework.web.util.UriComponentsBuilder.fromUriString("/offers?" + query).build()
			.getQueryParams());
	}

	private List<String> titles(CatalogIndex index, CatalogIndex.Query query, OfferFilter filter) {
		return index.all(index.textRanks(query), filter, 100).stream().map(titles::get).toList();
	}

	private static long count(CatalogIndex.Answer answer, String facet, String value) {
		return answer.facets().getOrDefault(facet, List.of()).stream().filter(c -> c.value().equals(value))
			.mapToLong(OfferSearch.Count::offers).findFirst().orElse(0);
	}
}
