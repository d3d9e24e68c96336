package org.werkstatt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/**
 * A network's programme shared among its members (seed 001) and its open circle (seed 003): the network's
 * page with plans and meetings, the internal programme on {@code /plans} for the people who may read it,
 * interim results with documents on a measure, and organisations invited to read a plan.
 */
class NetworkProgrammeTests extends FullStackTest {

	private static final String PLANNER = Logins.JOBCENTER_PLANNER;
	private static final String NETWORK_ADMIN = Logins.NETWORK_ADMIN;
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	/** A planner of a jobcenter that is no member of the network. */
	String outsider;
	UUID outsiderOrganisation;

	@BeforeEach
	void outsider() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		outsiderOrganisation = jdbc.sql("insert into organisation (slug, type, name) values (?, 'JOBCENTER', ?) returning id")
			.params("jobcenter-sued-" + suffix, "Jobcenter Südstadt " + suffix).query(UUID.class).single();
		outsider = "planung-" + suffix + "@jobcenter-sued.example";
		UUID person = jdbc.sql("insert into person (email, name, preferred_language, password_hash) values (?, ?, 'de', 'x') returning id")
			.params(outsider, "Svea Süd").query(UUID.class).single();
		jdbc.sql("insert into membership (person_id, organisation_id, role) values (?, ?, 'PLANNER')")
			.params(person, outsiderOrganisation).update();
	}

	@Test
	void networkPageListsItsPublicPlansAndItsUpcomingAndPastMeetings() throws Exception {
		String page = page("/o/buendnis-nordufer");
		assertThat(page).contains("Aktionsplan Nordufer", "Nächste Treffen", "Werkstatttreffen: Aktionsplan und neue Produkte",
				"Vergangene Treffen", "Werkstatttreffen: Fachkräfte im Nordufer")
			.doesNotContain("Qualitätsarbeit");
		assertThat(page.indexOf("Aktionsplan und neue Produkte")).isLessThan(page.indexOf("Fachkräfte im Nordufer"));
		assertThat(page("/o/buendnis-nordufer?lang=en")).contains("Upcoming meetings", "Past meetings");
	}

	@Test
	void startPageNetworkCardLinksEachNetwork() throws Exception {
		String start = page("/");
		String card = start.substring(start.indexOf("id=\"offers-heading\""), start.indexOf("id=\"events-heading\""));
		assertThat(card).contains("href=\"/o/buendnis-nordufer\"");
	}

	@Test
	void plansListsTheInternalProgrammeForAMembersPlannerOnly() throws Exception {
		assertThat(page("/plans")).doesNotContain("Qualitätsarbeit");
		String member = mvc.perform(get("/plans").with(as(people, PLANNER))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(member).contains("Qualitätsarbeit", "intern – nur für Mitglieder", "Aktionsplan Nordufer");
		String provider = mvc.perform(get("/plans?lang=en").with(as(people, Logins.PROVIDER_STAFF))).andReturn().getResponse()
			.getContentAsString();
		assertThat(provider).contains("Qualitätsarbeit", "internal – members and invited only");
		String other = mvc.perform(get("/plans").with(as(people, outsider))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(other).contains("Aktionsplan Nordufer").doesNotContain("Qualitätsarbeit");
	}

	@Test
	void interimResultsAndDocumentsAreReadByThePlansReadersOnly() throws Exception {
		UUID programme = programme();
		UUID measure = measureNumbered(programme, "JC-2");
		String base = "/manage/jobcenter-hafenstadt/measures/" + measure + "/results";
		mvc.perform(get(base).with(as(people, PLANNER))).andExpect(status().isOk());
		mvc.perform(post(base).with(as(people, PLANNER)).with(csrf()).param("findings", "Kurze Wege sparen drei Tage je Fall.")
			.param("lessons", "Früh die Teamleitungen einbinden.")).andExpect(status().is3xxRedirection());
		mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "../Zwischenstand JC-2.pdf",
				"application/octet-stream", PDF)).with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID document = jdbc.sql("select id from measure_document where measure_id = ?").param(measure).query(UUID.class).single();
		assertThat(jdbc.sql("select file_name from measure_document where id = ?").param(document).query(String.class).single())
			.isEqualTo("Zwischenstand JC-2.pdf");

		String asProvider = mvc.perform(get("/measures/" + measure).with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(asProvider).contains("Zwischenergebnisse", "Kurze Wege sparen drei Tage je Fall.",
				"Früh die Teamleitungen einbinden.", "Zwischenstand JC-2.pdf", "/measures/" + measure + "/documents/" + document);
		mvc.perform(get("/measures/" + measure + "/documents/" + document).with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));

		mvc.perform(get("/measures/" + measure)).andExpect(status().isNotFound());
		mvc.perform(get("/measures/" + measure + "/documents/" + document)).andExpect(status().isNotFound());
		mvc.perform(get("/measures/" + measure).with(as(people, outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/measures/" + measure + "/documents/" + document).with(as(people, outsider)))
			.andExpect(status().isNotFound());
		UUID otherMeasure = measureNumbered(programme, "JC-1");
		mvc.perform(get("/measures/" + otherMeasure + "/documents/" + document).with(as(people, PLANNER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheOrganisationThatOwnsTheMeasureAddsItsResults() throws Exception {
		UUID citysMeasure = measureNumbered(programme(), "ST-1");
		mvc.perform(get("/manage/jobcenter-hafenstadt/measures/" + citysMeasure + "/results").with(as(people, PLANNER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/manage/jobcenter-hafenstadt/measures/" + citysMeasure + "/results").with(as(people, PLANNER))
			.with(csrf()).param("findings", "fremd")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from measure_result where measure_id = ?").param(citysMeasure)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aFileThatIsNoDocumentIsRefusedWithAFieldError() throws Exception {
		UUID measure = measureNumbered(programme(), "JC-3");
		String base = "/manage/jobcenter-hafenstadt/measures/" + measure + "/results/documents";
		String refused = mvc.perform(multipart(base).file(new MockMultipartFile("file", "folien.pdf", "application/pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("file-error", "kein PDF, PPTX, ODP oder DOCX");
		String english = mvc.perform(multipart(base + "?lang=en").file(new MockMultipartFile("file", "x.exe",
				"application/octet-stream", new byte[] { 'M', 'Z', 0, 0 })).with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("This file is no PDF, PPTX, ODP or DOCX");
		String empty = mvc.perform(multipart(base).with(as(people, PLANNER)).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("Bitte wählen Sie eine Datei.");
		assertThat(jdbc.sql("select count(*) from measure_document where measure_id = ?").param(measure)
			.query(Integer.class).single()).isZero();
		String tooLong = mvc.perform(post("/manage/jobcenter-hafenstadt/measures/" + measure + "/results")
			.with(as(people, PLANNER)).with(csrf()).param("findings", "x".repeat(10_001)).param("lessons", "bleibt"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(tooLong).contains("findings-error", "bleibt");
	}

	@Test
	void aPlanSharedWithAnInvitedOrganisationIsReadByItsPeopleUntilTheInvitationIsWithdrawn() throws Exception {
		UUID programme = programme();
		mvc.perform(get("/plans/" + programme).with(as(people, outsider))).andExpect(status().isNotFound());
		String readers = "/manage/buendnis-nordufer/plans/" + programme + "/readers";
		String page = mvc.perform(get(readers).with(as(people, NETWORK_ADMIN))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("value=\"" + outsiderOrganisation + "\"")
			.doesNotContain("value=\"" + jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'")
				.query(UUID.class).single() + "\"");
		mvc.perform(post(readers).with(as(people, NETWORK_ADMIN)).with(csrf())
			.param("organisationId", outsiderOrganisation.toString())).andExpect(status().is3xxRedirection());

		mvc.perform(get("/plans/" + programme).with(as(people, outsider))).andExpect(status().isOk());
		mvc.perform(get("/measures/" + measureNumbered(programme, "JC-1")).with(as(people, outsider)))
			.andExpect(status().isOk());
		assertThat(mvc.perform(get("/plans").with(as(people, outsider))).andReturn().getResponse().getContentAsString())
			.contains("Qualitätsarbeit");
		mvc.perform(get("/plans/" + programme)).andExpect(status().isNotFound());
		mvc.perform(get("/manage/jobcenter-sued/plans").with(as(people, outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/manage/" + slug(outsiderOrganisation) + "/measures/" + measureNumbered(programme, "JC-1") + "/results")
			.with(as(people, outsider))).andExpect(status().isNotFound());

		mvc.perform(post(readers + "/remove").with(as(people, NETWORK_ADMIN)).with(csrf())
			.param("organisationId", outsiderOrganisation.toString())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/plans/" + programme).with(as(people, outsider))).andExpect(status().isNotFound());
	}

	@Test
	void onlyThePlansOwnerInvitesReaders() throws Exception {
		UUID programme = programme();
		mvc.perform(get("/manage/jobcenter-hafenstadt/plans/" + programme + "/readers").with(as(people, PLANNER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/manage/buendnis-nordufer/plans/" + programme + "/readers").with(as(people, PLANNER)).with(csrf())
			.param("organisationId", outsiderOrganisation.toString())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from plan_reader where plan_id = ? and organisation_id = ?")
			.params(programme, outsiderOrganisation).query(Integer.class).single()).isZero();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private UUID programme() {
		return jdbc.sql("select id from plan where kind = 'QUALITY_PROGRAMME' order by created_at limit 1").query(UUID.class).single();
	}

	private UUID measureNumbered(UUID plan, String number) {
		return jdbc.sql("select id from measure where plan_id = ? and number = ?").params(plan, number).query(UUID.class).single();
	}

	private String slug(UUID organisation) {
		return jdbc.sql("select slug from organisation where id = ?").param(organisation).query(String.class).single();
	}
}
