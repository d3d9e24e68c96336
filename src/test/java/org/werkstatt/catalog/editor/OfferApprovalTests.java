package org.werkstatt.catalog.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/**
 * Who edits, who approves: a provider writes an offer and changes it, the jobcenter that keeps the catalog approves
 * or sends back; the public columns hold the published version until a change is approved; every version is kept.
 */
class OfferApprovalTests extends FullStackTest {

	static final String PROVIDER = "bildungswerk-kai";
	static final String OWNER = "jobcenter-hafenstadt";
	static final String STAFF = Logins.PROVIDER_STAFF;
	static final String PLANNER = Logins.JOBCENTER_PLANNER;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	UUID owner;

	@BeforeEach
	void owner() {
		owner = jdbc.sql("select id from organisation where slug = ?").param(OWNER).query(UUID.class).single();
	}

	@Test
	void aChangeOfAPublishedOfferWaitsForApprovalWhileThePublishedOneStaysLive() throws Exception {
		String title = "Bewerbungstraining " + UUID.randomUUID().toString().substring(0, 8);
		UUID id = create(title, "submit");
		assertThat(state(id)).isEqualTo("DRAFT");
		assertThat(page(get("/manage/" + OWNER + "/catalog/approvals"), PLANNER)).contains(title, "Bildungswerk am Kai", "neues Angebot");
		assertThat(page(get("/my-work"), PLANNER)).contains("auf Ihre Freigabe", "/manage/" + OWNER + "/catalog/approvals");
		String fresh = page(get("/manage/" + OWNER + "/catalog/approvals/" + id), PLANNER);
		assertThat(fresh).contains("Ein neues Angebot", title, "Grundlagen", "Freigeben und veröffentlichen");

		approve(id, 1);
		assertThat(state(id)).isEqualTo("PUBLISHED");
		assertThat(column(id, "title")).isEqualTo(title);

		// the provider changes the title, a module and the legal bases, and submits
		save(edit(id).param("title", title + " kompakt").param("legalBases", "DE_SGB2_16A", "DE_ESF_PLUS")
			.param("modules[0].id", moduleId(id)).param("modules[0].order", "1").param("modules[0].name", "Grundlagen der Bewerbung")
			.param("modules[0].hours", "20").param("action", "submit"), STAFF);
		assertThat(column(id, "title")).as("the public still sees the published version").isEqualTo(title);
		assertThat(legalBases(id)).containsExactly("DE_SGB2_16A");

		String diff = page(get("/manage/" + OWNER + "/catalog/approvals/" + id), PLANNER);
		assertThat(diff).contains("Änderung der veröffentlichten Fassung 1", "offer-diff__field--changed", "geändert",
				"<del class=\"preserve-lines\">" + title + "</del>", "<ins class=\"preserve-lines\">" + title + " kompakt</ins>",
				"ESF-Plus-Programm", "Grundlagen der Bewerbung");

		// sent back: a reason is required, and the provider reads it; the published version stays
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/send-back").param("version", "2").param("submitted", seen(id, 2)).param("reason", " ")
			.with(as(people, PLANNER)).with(csrf())).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Bitte füllen Sie dieses Feld aus.")));
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/send-back").param("version", "2")
			.param("submitted", seen(id, 2)).param("reason", "Bitte die <b>Dauer</b> ergänzen.").with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "catalog.approval.sentBack"));
		assertThat(column(id, "title")).isEqualTo(title);
		String editor = page(get("/manage/" + PROVIDER + "/offers/" + id + "/edit"), STAFF);
		assertThat(editor).contains("zurückgegeben", "Bitte die &lt;b&gt;Dauer&lt;/b&gt; ergänzen.").doesNotContain("<b>Dauer</b>");
		String versions = page(get("/manage/" + PROVIDER + "/offers/" + id + "/versions"), STAFF);
		assertThat(versions).contains("Fassung 1 ansehen", "Fassung 2 ansehen", "veröffentlicht", "zurückgegeben",
				"Bitte die &lt;b&gt;Dauer&lt;/b&gt; ergänzen.", "Tariq Träger");
		assertThat(page(get("/manage/" + PROVIDER + "/offers/" + id + "/versions/2"), STAFF))
			.contains("Gegenüber Fassung 1", title + " kompakt");

		// approving it now is refused with a clear message: it no longer waits
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/approve").param("version", "2")
			.with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "catalog.approval.notWaiting"));
		assertThat(column(id, "title")).isEqualTo(title);

		// reworked and submitted again, then approved: now the public sees it
		save(edit(id).param("title", title + " kompakt").param("duration", "6 Wochen").param("legalBases", "DE_SGB2_16A", "DE_ESF_PLUS")
			.param("action", "submit"), STAFF);
		approve(id, 3);
		assertThat(column(id, "title")).isEqualTo(title + " kompakt");
		assertThat(column(id, "duration")).isEqualTo("6 Wochen");
		assertThat(legalBases(id)).containsExactlyInAnyOrder("DE_SGB2_16A", "DE_ESF_PLUS");
		assertThat(page(get("/manage/" + OWNER + "/catalog/approvals"), PLANNER)).doesNotContain(title);

		// approving a version that was already decided, or that never existed, is a message, not an error
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/approve").param("version", "1")
			.with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "catalog.approval.notWaiting"));
		assertThat(page(get("/manage/" + OWNER + "/catalog/approvals/" + id), PLANNER))
			.contains("wartet nicht mehr auf Freigabe");
		// the version sent back stays in the history as it was, with its reason
		assertThat(page(get("/manage/" + PROVIDER + "/offers/" + id + "/versions"), STAFF)).contains("früher veröffentlicht",
				"Fassung 3 ansehen", "zurückgegeben", "Bitte die &lt;b&gt;Dauer&lt;/b&gt; ergänzen.");
	}

	@Test
	void aWithdrawnSubmissionCannotBeApproved() throws Exception {
		UUID id = create("Zurückgezogen " + UUID.randomUUID(), "submit");
		String readAt = jdbc.sql("select floor(extract(epoch from submitted_at) * 1000)::bigint from offer_version where offer_id = ?")
			.param(id).query(String.class).single();
		assertThat(page(get("/manage/" + OWNER + "/catalog/approvals/" + id), PLANNER)).contains("value=\"" + readAt + "\"");
		save(edit(id).param("title", "Doch noch ein Entwurf").param("action", "save"), STAFF);
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/approve").param("version", "1")
			.with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "catalog.approval.notWaiting"));
		assertThat(state(id)).isEqualTo("DRAFT");
		// submitted again with other content after the approver read it: the approver is told to look again
		save(edit(id).param("title", "Ganz anders").param("action", "submit"), STAFF);
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/approve").param("version", "1").param("submitted", readAt)
			.with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "catalog.approval.changedMeanwhile"));
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/send-back").param("version", "1").param("submitted", readAt)
			.param("reason", "zu spät").with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "catalog.approval.changedMeanwhile"));
		assertThat(state(id)).isEqualTo("DRAFT");
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/approve").param("version", "abc")
			.with(as(people, PLANNER)).with(csrf())).andExpect(status().is4xxClientError());
	}

	@Test
	void anotherProvidersOfferIsNotFoundAndNothingIsStored() throws Exception {
		UUID id = create("Nur für Kai " + UUID.randomUUID(), "save");
		String other = otherProviderStaff();
		mvc.perform(get("/manage/perspektive-plus/offers/" + id + "/edit").with(as(people, other))).andExpect(status().isNotFound());
		mvc.perform(edit("perspektive-plus", id).param("title", "Gekapert").param("action", "submit").with(as(people, other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/manage/perspektive-plus/offers/" + id + "/versions").with(as(people, other))).andExpect(status().isNotFound());
		mvc.perform(edit(PROVIDER, id).param("title", "Gekapert").with(as(people, other)).with(csrf())).andExpect(status().isNotFound());
		// the jobcenter's admin edits the jobcenter's offers, not the provider's
		mvc.perform(edit(OWNER, id).param("title", "Gekapert").with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(column(id, "title")).startsWith("Nur für Kai");
		assertThat(jdbc.sql("select count(*) from offer_version where offer_id = ?").param(id).query(Integer.class).single()).isOne();
	}

	@Test
	void aProviderCannotApprove() throws Exception {
		UUID id = create("Selbst freigeben? " + UUID.randomUUID(), "submit");
		mvc.perform(post("/manage/" + PROVIDER + "/catalog/approvals/" + id + "/approve").param("version", "1")
			.with(as(people, STAFF)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/manage/" + PROVIDER + "/catalog/approvals").with(as(people, STAFF))).andExpect(status().isForbidden());
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/approve").param("version", "1")
			.with(as(people, STAFF)).with(csrf())).andExpect(status().isNotFound());
		// the network's admin approves only the network's catalog
		mvc.perform(post("/manage/buendnis-nordufer/catalog/approvals/" + id + "/approve").param("version", "1")
			.with(as(people, Logins.NETWORK_ADMIN)).with(csrf())).andExpect(status().isNotFound());
		assertThat(state(id)).isEqualTo("DRAFT");
		assertThat(jdbc.sql("select state from offer_version where offer_id = ? and number = 1").param(id).query(String.class).single())
			.isEqualTo("SUBMITTED");
	}

	@Test
	void badInputGetsFieldErrorsKeepsWhatWasTypedAndStoresNothing() throws Exception {
		int before = offers();
		String page = mvc.perform(post("/manage/" + PROVIDER + "/offers/new").with(as(people, STAFF)).with(csrf())
			.param("ownerId", owner.toString()).param("language", "de").param("title", " ")
			.param("shortDescription", "x".repeat(501)).param("description", "<script>alert('x')</script> Text bleibt")
			.param("format", "").param("timeModel", "BOGUS").param("targetGroups", "YOUNG_PEOPLE", "NOT_A_GROUP")
			.param("otherTargetGroups", "Kurz\n" + "y".repeat(101)).param("legalBases", "DK_LAB_MENTOR")
			.param("azavCertifier", "Cert GmbH").param("azavValidUntil", LocalDate.now().minusDays(1).toString())
			.param("modules[0].name", "").param("modules[0].description", "ohne Namen").param("modules[1].name", "Praxis")
			.param("modules[1].hours", "zwanzig").param("contacts[0].name", "Kim Kai").param("contacts[0].email", "kein-at")
			.param("contacts[1].phone", "040 123").param("keywords", "a".repeat(1001)).param("action", "submit"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Bitte prüfen Sie die markierten Felder",
				"id=\"title-error\"", "id=\"shortDescription-error\"", "höchstens 500 Zeichen", "id=\"format-error\"",
				"id=\"timeModel-error\"", "id=\"targetGroups-error\"", "id=\"otherTargetGroups-error\"", "höchstens 100 Zeichen je Gruppe",
				"id=\"legalBases-error\"", "id=\"azavMeasureNumber-error\"", "alle drei oder keine", "Die Zulassung ist abgelaufen",
				"id=\"module-0-name-error\"", "Bitte geben Sie dem Modul einen Namen", "id=\"module-1-hours-error\"",
				"id=\"contact-0-email-error\"", "gültige E-Mail-Adresse", "id=\"contact-1-name-error\"", "id=\"keywords-error\"")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Text bleibt", "value=\"zwanzig\"", "value=\"kein-at\"",
					"value=\"Cert GmbH\"", "ohne Namen", "value=\"040 123\"")
			.doesNotContain("<script>alert");
		assertThat(offers()).isEqualTo(before);

		String noLegalBasis = mvc.perform(post("/manage/" + PROVIDER + "/offers/new").with(as(people, STAFF)).with(csrf())
			.param("ownerId", UUID.randomUUID().toString()).param("language", "fr").param("title", "Titel").param("shortDescription", "Kurz")
			.param("format", "IN_PERSON").param("timeModel", "PART_TIME").param("azavMeasureNumber", "12"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(noLegalBasis).contains("Bitte wählen Sie mindestens eine Rechtsgrundlage", "id=\"ownerId-error\"",
				"id=\"language-error\"", "id=\"azavCertifier-error\"", "id=\"azavValidUntil-error\"");
		String english = mvc.perform(post("/manage/" + PROVIDER + "/offers/new?lang=en").with(as(people, STAFF)).with(csrf())
			.param("ownerId", owner.toString()).param("title", "T").param("shortDescription", "S").param("format", "IN_PERSON")
			.param("timeModel", "PART_TIME")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Please choose at least one legal basis");
		// a row no form can have (beyond the rows a list grows to while binding) is a forged request, not a 500
		mvc.perform(post("/manage/" + PROVIDER + "/offers/new").with(as(people, STAFF)).with(csrf())
			.param("ownerId", owner.toString()).param("title", "T").param("modules[300].name", "x"))
			.andExpect(status().isBadRequest());
		assertThat(offers()).isEqualTo(before);
	}

	@Test
	void htmlInTextsIsStoredAsTextAndShownEscaped() throws Exception {
		String title = "<b>Fett</b> & <script>alert(1)</script> " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = create(title, "submit");
		assertThat(column(id, "title")).isEqualTo(title);
		String approval = page(get("/manage/" + OWNER + "/catalog/approvals/" + id), PLANNER);
		assertThat(approval).contains("&lt;b&gt;Fett&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(page(get("/manage/" + PROVIDER + "/offers/" + id + "/edit"), STAFF))
			.contains("value=\"&lt;b&gt;Fett&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	void moreRowsKeepsEverythingTypedAndModulesKeepTheirIds() throws Exception {
		String page = mvc.perform(post("/manage/" + PROVIDER + "/offers/new").with(as(people, STAFF)).with(csrf())
			.param("ownerId", owner.toString()).param("title", "Getippt bleibt").param("modules[0].name", "Zweites")
			.param("modules[0].order", "2").param("modules[1].name", "Erstes").param("modules[1].order", "1")
			.param("modules[2].name", "Weg damit").param("modules[2].remove", "true")
			.param("action", "moreModules")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"Getippt bleibt\"", "Modul 5").doesNotContain("Weg damit", "Bitte prüfen Sie");
		assertThat(page.indexOf("value=\"Erstes\"")).isLessThan(page.indexOf("value=\"Zweites\""));

		UUID id = create("Module " + UUID.randomUUID(), "save");
		String module = moduleId(id);
		save(edit(id).param("title", "Module").param("modules[0].id", UUID.randomUUID().toString()).param("modules[0].name", "Fremde Id")
			.param("modules[1].id", module).param("modules[1].name", "Grundlagen, umbenannt").param("action", "save"), STAFF);
		String content = jdbc.sql("select content::text from offer_version where offer_id = ? and number = 1").param(id)
			.query(String.class).single();
		assertThat(content).contains(module, "Grundlagen, umbenannt", "Fremde Id");
		assertThat(content.indexOf(module)).isEqualTo(content.lastIndexOf(module));
	}

	// --- helpers

	/** Creates an offer of the provider for the jobcenter's catalog through the editor; its id. */
	private UUID create(String title, String action) throws Exception {
		String location = mvc.perform(post("/manage/" + PROVIDER + "/offers/new").with(as(people, STAFF)).with(csrf())
			.param("ownerId", owner.toString()).param("language", "de").param("title", title)
			.param("shortDescription", "Fit für die Bewerbung").param("format", "IN_PERSON").param("timeModel", "PART_TIME")
			.param("legalBases", "DE_SGB2_16A").param("targetGroups", "YOUNG_PEOPLE").param("modules[0].name", "Grundlagen")
			.param("modules[0].hours", "12").param("contacts[0].name", "Kim Kai").param("contacts[0].email", "kim@kai.example")
			.param("action", action))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The edit form's request with the fields every version of {@link #create} has. */
	private MockHttpServletRequestBuilder edit(UUID id) {
		return edit(PROVIDER, id).param("language", "de").param("shortDescription", "Fit für die Bewerbung")
			.param("format", "IN_PERSON").param("timeModel", "PART_TIME").param("legalBases", "DE_SGB2_16A");
	}

	private static MockHttpServletRequestBuilder edit(String slug, UUID id) {
		return post("/manage/" + slug + "/offers/" + id + "/edit");
	}

	private void save(MockHttpServletRequestBuilder request, String email) throws Exception {
		mvc.perform(request.with(as(people, email)).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(1))
			.andExpect(flash().attributeExists("notice"));
	}

	private void approve(UUID id, int version) throws Exception {
		// without the submission it was read at, a decision is refused: it could publish content nobody read
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/approve").param("version", String.valueOf(version))
			.with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "catalog.approval.changedMeanwhile"));
		mvc.perform(post("/manage/" + OWNER + "/catalog/approvals/" + id + "/approve").param("version", String.valueOf(version))
			.param("submitted", seen(id, version)).with(as(people, PLANNER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "catalog.approval.approved"));
	}

	/** When the version was submitted, as the approval page carries it. */
	private String seen(UUID id, int version) {
		return jdbc.sql("select floor(extract(epoch from submitted_at) * 1000)::bigint from offer_version where offer_id = ? and number = ?")
			.params(id, version).query(Long.class).single().toString();
	}

	private String page(MockHttpServletRequestBuilder request, String email) throws Exception {
		return mvc.perform(request.with(as(people, email))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String state(UUID id) {
		return column(id, "state");
	}

	private String column(UUID id, String column) {
		return jdbc.sql("select " + column + " from offer where id = ?").param(id).query(String.class).single();
	}

	private java.util.List<String> legalBases(UUID id) {
		return jdbc.sql("select code from offer_legal_basis where offer_id = ? order by code").param(id).query(String.class).list();
	}

	private String moduleId(UUID id) {
		return jdbc.sql("select content -> 'modules' -> 0 ->> 'id' from offer_version where offer_id = ? order by number desc limit 1")
			.param(id).query(String.class).single();
	}

	private int offers() {
		return jdbc.sql("select count(*) from offer").query(Integer.class).single();
	}

	private String otherProviderStaff() {
		String email = "team-" + UUID.randomUUID().toString().substring(0, 8) + "@perspektive-plus.example";
		UUID person = jdbc.sql("insert into person (email, name, preferred_language, password_hash) values (?, 'Pia Plus', 'de', 'x') returning id")
			.param(email).query(UUID.class).single();
		jdbc.sql("insert into membership (person_id, organisation_id, role) select ?, id, 'PROVIDER_STAFF' from organisation where slug = 'perspektive-plus'")
			.param(person).update();
		return email;
	}
}
