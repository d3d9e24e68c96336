package org.werkstatt.catalog.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.catalog.offer.Accessibility;
import org.werkstatt.catalog.offer.Editor;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Funding;
import org.werkstatt.catalog.offer.OfferContent;
import org.werkstatt.catalog.offer.OfferStore;
import org.werkstatt.catalog.offer.RunDetails;
import org.werkstatt.catalog.offer.RunStore;
import org.werkstatt.catalog.offer.TargetGroup;
import org.werkstatt.catalog.offer.TimeModel;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalog as HSDS 3.0: checked against the Open Referral schemas in src/test/resources/hsds. */
class HsdsTests extends FullStackTest {

	static final Editor EDITOR = new Editor(null, "Test");
	static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfferStore offers;

	@Autowired
	RunStore runs;

	UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	UUID published(String title, boolean publish) {
		UUID provider = organisation("bildungswerk-kai");
		UUID owner = organisation("jobcenter-hafenstadt");
		OfferContent content = new OfferContent("de", title, "Kurz: " + title, "Lang", List.of(
				new OfferContent.TargetGroupEntry(TargetGroup.YOUNG_PEOPLE, null), new OfferContent.TargetGroupEntry(null, "Quereinsteiger")),
				"Deutsch B1", List.of(), "Zertifikat", "IHK", List.of("DE_SGB3_81_FBW"), List.of(Funding.EDUCATION_VOUCHER),
				new OfferContent.Azav("Zert GmbH", "962/1/2026", LocalDate.of(2031, 1, 1)), Format.HYBRID, TimeModel.PART_TIME,
				"6 Monate", List.of(Accessibility.STEP_FREE), List.of(new OfferContent.Contact("Nina Beispiel", "Beratung",
						"beratung@bildungswerk-kai.de", "+49 40 000")), "Lager, Logistik");
		UUID id = offers.create(provider, owner, content, EDITOR, null);
		runs.create(id, new RunDetails("R1", "Kaistraße 5", "20457", "Hafenstadt", "Altstadt", null, null, null,
				LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 28), false, "Mo–Fr 8–13 Uhr", null, null, 12, 5, true, null,
				new BigDecimal("1250.00"), false));
		runs.create(id, new RunDetails("R2", null, null, null, null, null, null, "https://lernen.example/raum", null, null,
				true, null, null, null, null, null, true, 2, null, false));
		if (publish) {
			int version = offers.submit(id, EDITOR);
			offers.publish(id, version, EDITOR);
		}
		return id;
	}

	/** Formats are asserted too (uuid, date-time, uri, email; the validator takes no reserved top-level domain such as .example). */
	static void valid(String schema, JsonNode node) {
		Schema s = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/" + schema));
		assertThat(s.validate(node, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true))))
			.as(schema + ": " + node).isEmpty();
	}

	JsonNode get(HttpSession http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	@Test
	void servicesAndOrganizationsFollowTheHsdsSchemasAndOnlyPublishedOffersAreShown() {
		String marker = "Hsds" + UUID.randomUUID().toString().substring(0, 6);
		UUID shown = published(marker + " Lager", true);
		UUID draft = published(marker + " Entwurf", false);
		HttpSession http = new HttpSession(port);

		JsonNode page = get(http, "/api/hsds/services?search=" + marker);
		assertThat(page.get("total_items").asInt()).isEqualTo(1);
		assertThat(page.get("contents").get(0).get("id").asText()).isEqualTo(shown.toString());
		page.get("contents").forEach(item -> valid("service.json", item));

		JsonNode service = get(http, "/api/hsds/services/" + shown);
		valid("service.json", service);
		assertThat(service.get("status").asText()).isEqualTo("active");
		assertThat(service.get("schedules")).hasSize(2);
		assertThat(service.get("cost_options").get(0).get("amount").decimalValue()).isEqualByComparingTo("1250");
		assertThat(service.get("service_at_locations")).hasSize(2);
		assertThat(service.get("contacts").get(0).get("email").asText()).isEqualTo("beratung@bildungswerk-kai.de");
		assertThat(service.get("attributes").toString()).contains("DE_SGB3_81_FBW").contains("Quereinsteiger").contains("HYBRID");
		assertThat(service.get("organization").get("name").asText()).startsWith("Bildungswerk am Kai");
		valid("organization.json", service.get("organization"));

		assertThat(http.get("/api/hsds/services/" + draft).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/hsds/services/not-an-id").statusCode()).isEqualTo(404);

		JsonNode organisations = get(http, "/api/hsds/organizations");
		organisations.get("contents").forEach(item -> valid("organization.json", item));
		JsonNode provider = get(http, "/api/hsds/organizations/" + organisation("bildungswerk-kai"));
		valid("organization.json", provider);
		assertThat(provider.get("services").toString()).contains(shown.toString()).doesNotContain(draft.toString());

		String csv = http.get("/open-data/catalog/offers.csv").body();
		assertThat(csv).contains(marker + " Lager").doesNotContain(marker + " Entwurf");
		assertThat(http.get("/open-data/catalog/runs.csv").body()).contains("2026-09-01").contains(shown.toString());
	}

	@Test
	void everyPublishedOfferOfTheDemoIsAValidService() {
		HttpSession http = new HttpSession(port);
		JsonNode page = get(http, "/api/hsds/services?per_page=200");
		assertThat(page.get("total_items").asInt()).isPositive();
		Schema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/service.json"));
		for (JsonNode item : page.get("contents")) {
			JsonNode service = get(http, "/api/hsds/services/" + item.get("id").asText());
			// formats aside: the demo's addresses end in .example, which the validator's e-mail format refuses
			assertThat(schema.validate(service)).as(service.toString()).isEmpty();
		}
	}

	@Test
	void pagesAndModifiedAfterFollowTheHsdsApi() {
		String marker = "Page" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 3; i++) {
			published(marker + " " + i, true);
		}
		HttpSession http = new HttpSession(port);
		JsonNode first = get(http, "/api/hsds/services?search=" + marker + "&per_page=2");
		assertThat(first.get("total_items").asInt()).isEqualTo(3);
		assertThat(first.get("total_pages").asInt()).isEqualTo(2);
		assertThat(first.get("page_number").asInt()).isEqualTo(1);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("first_page").asBoolean()).isTrue();
		assertThat(first.get("last_page").asBoolean()).isFalse();
		assertThat(first.get("empty").asBoolean()).isFalse();
		JsonNode second = get(http, "/api/hsds/services?search=" + marker + "&per_page=2&page=2");
		assertThat(second.get("size").asInt()).isEqualTo(1);
		assertThat(second.get("last_page").asBoolean()).isTrue();

		UUID later = published(marker + " später", false);
		Instant cut = Instant.now();
		jdbc.sql("update offer set modified_at = now() - interval '1 hour' where title like ?").param(marker + "%").update();
		int version = offers.submit(later, EDITOR);
		offers.publish(later, version, EDITOR);
		JsonNode changed = get(http, "/api/hsds/services?search=" + marker + "&modified_after=" + cut.minusSeconds(5));
		assertThat(changed.get("total_items").asInt()).isEqualTo(1);
		assertThat(changed.get("contents").get(0).get("id").asText()).isEqualTo(later.toString());
		assertThat(get(http, "/api/hsds/services?search=" + marker + "&modified_after=2000-01-01").get("total_items").asInt())
			.isEqualTo(4);
		assertThat(http.get("/api/hsds/services?page=0").statusCode()).isEqualTo(400);
		assertThat(http.get("/api/hsds/services?modified_after=gestern").statusCode()).isEqualTo(400);
		assertThat(http.get("/api/hsds/services?modified_after=%2B300000-01-01T00:00:00Z").statusCode()).as("a year no database keeps").isEqualTo(400);
		assertThat(http.get("/api/hsds/services?per_page=100000").statusCode()).isEqualTo(400);
	}
}
