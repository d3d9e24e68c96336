package org.werkstatt.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;
import org.werkstatt.QueryCount;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public search of offers end to end: text in three languages, facets, files, the offer page, bad input. */
class SearchTests extends FullStackTest {

	/** A word only these tests' offers carry, so that other offers in the shared database do not count. */
	static final String MARK = "Kormoranprojekt";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfferSearch search;

	@Autowired
	JsonMapper json;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	static UUID a, b, c, draft, e, script;

	@BeforeEach
	void offers() {
		if (a != null) {
			return;
		}
		TestOffers offers = new TestOffers(jdbc);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		Instant now = Instant.now();
		a = offers.insert(new TestOffers.Offer().title("Bewerbung kompakt").keywords(MARK + " Lebenslauf")
			.basis("DE_SGB2_16A").funding("ACTIVATION_VOUCHER").groups("YOUNG_PEOPLE", "~Schulabbrecher")
			.access("STEP_FREE").contact("Kai Berater", "kai@bildungswerk-kai.example"));
		offers.run(a, today, today.plusDays(20), false, "Hafenstadt", 3, now, true, false);
		b = offers.insert(new TestOffers.Offer().title("Bewerbungscoaching für Frauen").keywords(MARK)
			.format("DIGITAL").basis("DE_SGB2_16A", "DE_ESF_PLUS").funding("ESF_PLUS").groups("WOMEN_RETURNING"));
		offers.run(b, null, null, true, null, null, null, true, false);
		c = offers.insert(new TestOffers.Offer().title("Digitale Grundbildung").keywords(MARK).provider("perspektive-plus")
			.format("HYBRID").basis("DE_SGB3_81_FBW").funding("EDUCATION_VOUCHER").groups("LONG_TERM_UNEMPLOYED"));
		offers.run(c, today.withDayOfMonth(1).plusMonths(2), today.withDayOfMonth(1).plusMonths(5), false, "Nordufer", 5,
				now.minus(30, ChronoUnit.DAYS), false, false);
		draft = offers.insert(new TestOffers.Offer().title("Bewerbung Entwurf geheim").keywords(MARK).state("DRAFT")
			.basis("DE_SGB2_16A"));
		offers.run(draft, today, today.plusDays(5), false, "Hafenstadt", 3, now, true, false);
		e = offers.insert(new TestOffers.Offer().title("Pflegehelfer Ausbildung").keywords(MARK).basis("DE_SGB3_81_FBW"));
		offers.run(e, today.plusMonths(8), today.plusMonths(14), false, "Hafenstadt", null, null, false, false);
		offers.run(e, today.plusDays(3), today.plusMonths(6), false, "Hafenstadt", null, null, true, true);
		script = offers.insert(new TestOffers.Offer().title("Kurs </script><script>alert(1)</script> & mehr")
			.keywords("Skriptprobe"));
		offers.run(script, today.plusDays(10), today.plusDays(12), false, "Hafenstadt", 2, now, true, false);
	}

	@Test
	void findsGermanStemsPrefixesAndMisspellings() throws Exception {
		assertThat(page("/offers?q=Bewerbungen")).contains("Bewerbung kompakt");
		assertThat(page("/offers?q=Bewer")).contains("Bewerbung kompakt").contains("Bewerbungscoaching für Frauen");
		assertThat(page("/offers?q=Bewerbungscoching")).contains("Bewerbungscoaching für Frauen");
		assertThat(page("/offers?q=Grundbildung&lang=en")).contains("Digitale Grundbildung");
		assertThat(page("/offers?q=grundbildung&lang=da")).contains("Digitale Grundbildung");
	}

	@Test
	void theNextSearchShowsWhatWasCommittedBeforeIt() throws Exception {
		TestOffers offers = new TestOffers(jdbc);
		UUID id = offers.insert(new TestOffers.Offer().title("Austernfischer Werkstatt").basis("DE_SGB2_16A"));
		assertThat(page("/offers?q=Austernfischer")).contains("Austernfischer Werkstatt");
		assertThat(count(find("q=Austernfischer"), "region", "Möwenbucht")).isZero();
		// a run changes the facets (the V6 triggers touch the offer, the V7 trigger counts the version)
		offers.run(id, LocalDate.now().plusDays(3), LocalDate.now().plusDays(30), false, "Möwenbucht", 4, Instant.now(),
				true, false);
		assertThat(titles(find("q=Austernfischer&region=Möwenbucht"))).containsExactly("Austernfischer Werkstatt");
		jdbc.sql("update offer set state = 'ARCHIVED' where id = ?").param(id).update();
		assertThat(page("/offers?q=Austernfischer")).doesNotContain("Austernfischer Werkstatt");
		// a transaction rolled back changes nothing and counts no version
		long version = jdbc.sql("select version from catalog_search_version").query(Long.class).single();
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("update offer set state = 'PUBLISHED' where id = ?").param(id).update();
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select version from catalog_search_version").query(Long.class).single()).isEqualTo(version);
		assertThat(page("/offers?q=Austernfischer")).doesNotContain("Austernfischer Werkstatt");
	}

	@Test
	void draftOffersNeverAppear() throws Exception {
		assertThat(page("/offers?q=" + MARK)).doesNotContain("Entwurf geheim");
		assertThat(page("/offers?q=Entwurf+geheim")).doesNotContain("Entwurf geheim");
		mvc.perform(get("/offers/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/offers/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/offers/not-an-id")).andExpect(status().is4xxClientError());
		assertThat(new String(file("/offers.csv?q=" + MARK), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Entwurf");
	}

	@Test
	void facetsNarrowAndCountTheOtherFilters() {
		assertThat(counts()).containsEntry("total", 4L);
		OfferSearch.Result all = result("");
		assertThat(count(all, "format", "IN_PERSON")).isEqualTo(2);
		assertThat(count(all, "format", "DIGITAL")).isEqualTo(1);
		assertThat(count(all, "basis", "DE_SGB2_16A")).isEqualTo(2);
		assertThat(count(all, "group", "Schulabbrecher")).isEqualTo(1);
		assertThat(count(all, "region", "Hafenstadt")).isEqualTo(2);
		assertThat(count(all, "start", "THIS_MONTH") + count(all, "start", "NEXT_THREE_MONTHS")).isEqualTo(2);
		assertThat(count(all, "start", "LATER")).isEqualTo(1);
		assertThat(count(all, "start", "ROLLING")).isEqualTo(1);
		assertThat(count(all, "open", "true")).isEqualTo(2);
		assertThat(count(all, "access", "STEP_FREE")).isEqualTo(1);

		OfferSearch.Result digital = result("&format=DIGITAL");
		assertThat(titles(digital)).containsExactly("Bewerbungscoaching für Frauen");
		// a facet's own values keep their counts; the others count within the filter
		assertThat(count(digital, "format", "IN_PERSON")).isEqualTo(2);
		assertThat(count(digital, "basis", "DE_ESF_PLUS")).isEqualTo(1);
		assertThat(count(digital, "basis", "DE_SGB3_81_FBW")).isZero();

		assertThat(titles(result("&basis=DE_SGB2_16A&format=IN_PERSON"))).containsExactly("Bewerbung kompakt");
		assertThat(titles(result("&basis=DE_SGB2_16A&basis=DE_SGB3_81_FBW"))).hasSize(4);
		assertThat(titles(result("&group=YOUNG_PEOPLE"))).containsExactly("Bewerbung kompakt");
		assertThat(titles(result("&group=Schulabbrecher"))).containsExactly("Bewerbung kompakt");
		assertThat(titles(result("&funding=ESF_PLUS"))).containsExactly("Bewerbungscoaching für Frauen");
		assertThat(titles(result("&region=Nordufer"))).containsExactly("Digitale Grundbildung");
		assertThat(titles(result("&start=LATER"))).containsExactly("Pflegehelfer Ausbildung");
		assertThat(titles(result("&start=ROLLING"))).containsExactly("Bewerbungscoaching für Frauen");
		assertThat(titles(result("&open=true"))).containsExactlyInAnyOrder("Bewerbung kompakt", "Bewerbungscoaching für Frauen");
		assertThat(titles(result("&access=STEP_FREE"))).containsExactly("Bewerbung kompakt");
		OfferSearch.Result open = result("&open=true&format=IN_PERSON");
		assertThat(titles(open)).containsExactly("Bewerbung kompakt");
		assertThat(count(open, "open", "true")).isEqualTo(1);
		assertThat(count(open, "format", "DIGITAL")).isEqualTo(1);
	}

	@Test
	void listShowsPlacesHonestly() throws Exception {
		String list = page("/offers?q=" + MARK);
		assertThat(list).contains("3 freie Plätze").contains("Freie Plätze nicht bestätigt seit").contains("Bildungswerk");
		assertThat(page("/offers/" + c)).contains("Freie Plätze nicht bestätigt seit").doesNotContain("5 freie Plätze");
	}

	@Test
	void filesFollowTheFilterOfTheList() throws Exception {
		String filter = "?q=" + MARK + "&basis=DE_SGB2_16A&basis=DE_SGB3_81_FBW&format=IN_PERSON&format=HYBRID";
		List<String> listed = titles(result("&basis=DE_SGB2_16A&basis=DE_SGB3_81_FBW&format=IN_PERSON&format=HYBRID"));
		assertThat(listed).containsExactlyInAnyOrder("Bewerbung kompakt", "Digitale Grundbildung", "Pflegehelfer Ausbildung");
		assertThat(page("/offers" + filter)).contains("Bewerbung kompakt").doesNotContain("Bewerbungscoaching für Frauen");

		String csv = new String(file("/offers.csv" + filter), java.nio.charset.StandardCharsets.UTF_8);
		List<String> csvTitles = csv.lines().skip(1).map(l -> l.substring(1, l.indexOf("\";"))).toList();
		assertThat(csvTitles).containsExactlyElementsOf(listed);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("Angebot").contains("Nächster Beginn");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file("/offers.xlsx" + filter + "&lang=en")))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Offer");
			List<String> xlsxTitles = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					xlsxTitles.add(row.getCell(0).getStringCellValue());
				}
			}
			assertThat(xlsxTitles).containsExactlyElementsOf(listed);
			Cell start = sheet.getRow(1 + listed.indexOf("Bewerbung kompakt")).getCell(5);
			assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")));
		}

		String ics = new String(file("/offers.ics" + filter), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Bewerbung kompakt\r\n")
			.contains("SUMMARY:Digitale Grundbildung").contains("SUMMARY:Pflegehelfer Ausbildung")
			.doesNotContain("Bewerbungscoaching").doesNotContain("Entwurf");
		// the cancelled run of the Pflegehelfer offer is left out
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
		assertThat(ics.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75)).isTrue();
	}

	@Test
	void badParametersGiveANormalPage() throws Exception {
		assertThat(page("/offers?format=NOPE&basis=%3Cscript%3E&start=SOON&access=x&page=-1")).contains("Angebote");
		assertThat(page("/offers?page=abc&open=maybe")).contains("Angebote");
		assertThat(page("/offers?page=999999999999")).contains("Angebote");
		assertThat(page("/offers?q=" + "a".repeat(5000))).contains("Angebote");
		assertThat(page("/offers?q=%27%22%29%28%3A%2A%26%7C%21")).contains("Angebote");
		assertThat(page("/offers?q=" + "Wort+".repeat(300))).contains("Angebote");
		assertThat(page("/offers?region=" + "x".repeat(500) + "&group=" + "y".repeat(500))).contains("Angebote");
		assertThat(file("/offers.csv?page=-1&q=" + "b".repeat(5000))).isNotEmpty();
		assertThat(file("/offers.ics?format=NOPE")).isNotEmpty();
	}

	@Test
	void htmxGetsTheResultsWithTheFacetsOutOfBand() throws Exception {
		String fragment = mvc.perform(get("/offers?q=" + MARK).header("HX-Request", "true")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("id=\"offer-results\"")
			.containsPattern("<div id=\"offer-facets\"[^>]* hx-swap-oob=\"true\"")
			.contains("Bewerbung kompakt");
		assertThat(page("/offers?q=" + MARK)).contains("<html").contains("hx-get=\"/offers\"").doesNotContain("hx-swap-oob");
	}

	@Test
	void searchPageNeedsTheSameQueriesWhateverTheNumberOfOffers() throws Exception {
		String path = "/offers?q=Seeschwalbe&format=IN_PERSON&basis=DE_SGB2_16A";
		TestOffers offers = new TestOffers(jdbc);
		LocalDate today = LocalDate.now();
		UUID one = offers.insert(new TestOffers.Offer().title("Seeschwalbe 0").basis("DE_SGB2_16A"));
		offers.run(one, today.plusDays(1), today.plusDays(9), false, "Hafenstadt", 3, Instant.now(), true, false);
		// the first search after a change rebuilds the index (and looks up its words once)
		assertThat(page(path)).contains("Seeschwalbe 0");
		int few = queries(path);
		for (int i = 1; i <= 30; i++) {
			UUID id = offers.insert(new TestOffers.Offer().title("Seeschwalbe " + i).basis("DE_SGB2_16A")
				.provider(i % 2 == 0 ? "bildungswerk-kai" : "perspektive-plus").groups("~Gruppe " + i));
			offers.run(id, today.plusDays(i), today.plusDays(i + 30), false, "Ort " + i, i % 20, Instant.now(), true, false);
			offers.run(id, today.plusDays(i + 60), today.plusDays(i + 90), false, "Ort " + i, null, null, true, false);
		}
		assertThat(page(path)).contains("Seeschwalbe 17");
		assertThat(queries(path)).isEqualTo(few);
		assertThat(queries(path + "&page=2")).isEqualTo(few);
	}

	@Test
	void offerPageShowsContentRunsContactsAndProvider() throws Exception {
		String html = page("/offers/" + a);
		assertThat(html).contains("Bewerbung kompakt").contains("Kai Berater").contains("mailto:kai@bildungswerk-kai.example")
			.contains("href=\"/o/bildungswerk-kai\"").contains("3 freie Plätze").contains("§ 16a SGB II").contains("Schulabbrecher");
		assertThat(page("/offers/" + e)).contains("Zu wenige Anmeldungen");
	}

	@Test
	void startAndOrganisationPagesShowTheCatalog() throws Exception {
		assertThat(page("/?lang=en")).contains("offers in the catalog").contains("action=\"/offers\"")
			.contains("Offers with open runs").doesNotContain("Entwurf geheim");
		assertThat(page("/o/perspektive-plus?lang=de")).contains("Digitale Grundbildung").contains("href=\"/offers/" + c + "\"");
		assertThat(page("/o/bildungswerk-kai")).doesNotContain("Entwurf geheim");
	}

	@Test
	void offerPageCarriesSchemaOrgJsonLd() throws Exception {
		JsonNode course = jsonLd(page("/offers/" + a));
		assertThat(course.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(course.get("@type").asString()).isEqualTo("Course");
		assertThat(course.get("name").asString()).isEqualTo("Bewerbung kompakt");
		assertThat(course.get("provider").get("@type").asString()).isEqualTo("Organization");
		JsonNode instance = course.get("hasCourseInstance").get(0);
		assertThat(instance.get("@type").asString()).isEqualTo("CourseInstance");
		assertThat(instance.get("courseMode").asString()).isEqualTo("onsite");
		assertThat(instance.get("startDate").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
		assertThat(instance.get("location").get("address").get("addressLocality").asString()).isEqualTo("Hafenstadt");
		assertThat(instance.get("offers").get("price").asString()).isEqualTo("120.00");
		assertThat(instance.get("remainingAttendeeCapacity").asInt()).isEqualTo(3);
		// places not confirmed recently are not given
		assertThat(jsonLd(page("/offers/" + c)).get("hasCourseInstance").get(0).has("remainingAttendeeCapacity")).isFalse();
	}

	@Test
	void jsonLdCannotEndItsScriptElement() throws Exception {
		String html = page("/offers/" + script);
		assertThat(html).doesNotContain("<script>alert(1)");
		assertThat(jsonLd(html).get("name").asString()).isEqualTo("Kurs </script><script>alert(1)</script> & mehr");
	}

	private JsonNode jsonLd(String html) {
		Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).isTrue();
		return json.readTree(m.group(1));
	}

	private Map<String, Long> counts() {
		return Map.of("total", result("").total());
	}

	private OfferSearch.Result find(String query) {
		return search.page(OfferFilter.of(org.springframework.web.util.UriComponentsBuilder
			.fromUriString("/offers?" + query).build().getQueryParams()), Locale.GERMAN);
	}

	private OfferSearch.Result result(String filter) {
		return search.page(OfferFilter.of(org.springframework.web.util.UriComponentsBuilder
			.fromUriString("/offers?q=" + MARK + filter).build().getQueryParams()), Locale.GERMAN);
	}

	private static long count(OfferSearch.Result result, String facet, String value) {
		return result.facet(facet).stream().filter(c -> c.value().equals(value)).mapToLong(OfferSearch.Count::offers)
			.findFirst().orElse(0);
	}

	private static List<String> titles(OfferSearch.Result result) {
		return result.offers().stream().map(OfferRows.Row::title).toList();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private byte[] file(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private int queries(String path) throws Exception {
		QueryCount.reset();
		mvc.perform(get(path)).andExpect(status().isOk());
		return QueryCount.count();
	}
}
