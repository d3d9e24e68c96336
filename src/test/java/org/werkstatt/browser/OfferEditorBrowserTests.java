package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.catalog.offer.CatalogFixtures;
import org.werkstatt.catalog.offer.Editor;
import org.werkstatt.catalog.offer.Funding;
import org.werkstatt.catalog.offer.OfferContent;
import org.werkstatt.catalog.offer.OfferContent.Module;
import org.werkstatt.catalog.offer.OfferStore;
import org.werkstatt.identity.demo.DemoAccounts;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A provider writes an offer in the editor (field errors first, then a draft), and the jobcenter's planner reads a
 * change of a published offer as a difference against the published version and sends it back. Every page
 * passes axe-core in German, Danish and English, on a desktop and on a phone.
 */
class OfferEditorBrowserTests extends BrowserTest {

	@Autowired
	OfferStore store;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aProviderWritesAnOfferAndThePlannerReadsAChangeAsADifference(String language) {
		UUID changed = publishedWithAChangeWaiting("Staplerschein " + language + " " + UUID.randomUUID().toString().substring(0, 6));

		signIn(page, "traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/bildungswerk-kai/offers/new?lang=" + language);
		assertThat(page.locator("#title")).isVisible();
		assertAccessible(page, "new offer " + language);
		page.locator("#title").fill("<b>Bewerbung</b> " + language);
		page.locator("#module-0-name").fill("Grundlagen");
		page.locator("#module-0-hours").fill("zwölf");
		page.locator(".inline-controls button[value=submit]").click();
		assertThat(page.locator("#shortDescription-error")).isVisible();
		assertThat(page.locator("#legalBases-error")).isVisible();
		assertThat(page.locator("#module-0-hours-error")).isVisible();
		assertThat(page.locator("#title")).hasValue("<b>Bewerbung</b> " + language);
		assertAccessible(page, "new offer with errors " + language);
		screenshot(page, "offer-editor-errors-" + language);

		page.locator("#module-0-hours").fill("12");
		page.locator("#shortDescription").fill("Fit für die Bewerbung");
		page.locator("#format").selectOption("IN_PERSON");
		page.locator("#timeModel").selectOption("PART_TIME");
		page.locator("input[name=legalBases]").first().check();
		page.locator("button[value=moreContacts]").click();
		assertThat(page.locator("#contact-3-name")).isVisible();
		assertThat(page.locator("#module-0-name")).hasValue("Grundlagen");
		page.locator("#contact-0-name").fill("Kim Kai");
		page.locator("#contact-0-email").fill("kim@kai.example");
		page.locator(".inline-controls button[value=save]").click();
		// the draft is saved once the editor has moved on to the new offer's page; only then ask the database
		page.waitForURL(java.util.regex.Pattern.compile(".*/manage/bildungswerk-kai/offers/[0-9a-f-]{36}$"));
		page.waitForLoadState();
		UUID created = jdbc.sql("select id from offer where title = ?").param("<b>Bewerbung</b> " + language).query(UUID.class).single();

		page.navigate("/manage/bildungswerk-kai/offers/" + changed + "/edit?lang=" + language);
		assertThat(page.locator(".kern-alert--info")).isVisible();
		assertAccessible(page, "editor of a submitted change " + language);
		screenshot(page, "offer-editor-" + language);
		page.navigate("/manage/bildungswerk-kai/offers/" + created + "/versions?lang=" + language);
		assertAccessible(page, "versions " + language);

		BrowserContext planner = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port));
		Page approver = planner.newPage();
		signIn(approver, "planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		approver.navigate("/manage/jobcenter-hafenstadt/catalog/approvals?lang=" + language);
		assertThat(approver.locator("table")).containsText("Staplerschein " + language);
		assertAccessible(approver, "approvals " + language);
		approver.navigate("/manage/jobcenter-hafenstadt/catalog/approvals/" + changed + "?lang=" + language);
		assertThat(approver.locator(".offer-diff__field--changed").first()).isVisible();
		assertThat(approver.locator(".offer-diff del").first()).isVisible();
		assertAccessible(approver, "approval diff " + language);
		screenshot(approver, "offer-approval-diff-" + language);
		approver.locator("button.kern-btn--secondary").click();
		assertThat(approver.locator("#reason-error")).isVisible();
		assertAccessible(approver, "approval diff with error " + language);
		approver.locator("#reason").fill("Bitte die Dauer ergänzen.");
		approver.locator("button.kern-btn--secondary").click();
		// sent back, the planner is on the list of approvals again (the diff page may have a status of its own)
		approver.waitForURL(java.util.regex.Pattern.compile(".*/manage/jobcenter-hafenstadt/catalog/approvals$"));
		approver.waitForLoadState();
		assertThat(approver.locator("[role=status]").first()).isVisible();
		planner.close();

		Page phone = phone();
		signIn(phone, "traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);
		phone.navigate("/manage/bildungswerk-kai/offers/" + changed + "/edit?lang=" + language);
		assertThat(phone.locator(".kern-alert--warning")).containsText("Bitte die Dauer ergänzen.");
		assertAccessible(phone, "editor on a phone " + language);
		screenshot(phone, "offer-editor-phone-" + language);
		phone.context().close();

		Page phoneApprover = phone();
		UUID other = publishedWithAChangeWaiting("Lager " + language + " " + UUID.randomUUID().toString().substring(0, 6));
		signIn(phoneApprover, "planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		phoneApprover.navigate("/manage/jobcenter-hafenstadt/catalog/approvals/" + other + "?lang=" + language);
		assertAccessible(phoneApprover, "approval diff on a phone " + language);
		screenshot(phoneApprover, "offer-approval-phone-" + language);
		phoneApprover.context().close();
	}

	/** A published offer of Bildungswerk am Kai in the jobcenter's catalog whose change waits for approval. */
	private UUID publishedWithAChangeWaiting(String title) {
		UUID provider = organisation("bildungswerk-kai");
		UUID owner = organisation("jobcenter-hafenstadt");
		Editor editor = new Editor(null, "Tariq Träger");
		OfferContent published = CatalogFixtures.content(title);
		UUID id = store.create(provider, owner, published, editor, null);
		store.submit(id, editor);
		store.publish(id, 1, new Editor(null, "Paula Planung"));
		List<Module> modules = List.of(published.modules().get(1),
				new Module(published.modules().get(0).id(), "Standortbestimmung und Ziele", 24, null),
				new Module(UUID.randomUUID(), "Praktikum", 80, "Zwei Wochen im Betrieb"));
		OfferContent change = new OfferContent("de", title + " (kompakt)", published.shortDescription(),
				published.description() + "\nMit Praktikum.", published.targetGroups(), published.prerequisites(), modules,
				published.outcome(), "IHK Hafenstadt", List.of("DE_SGB2_16_SGB3_45_MAT", "DE_ESF_PLUS"),
				List.of(Funding.ACTIVATION_VOUCHER, Funding.ESF_PLUS), published.azav(), published.format(),
				published.timeModel(), "6 Wochen", published.accessibility(), published.contacts(), published.keywords());
		store.saveDraft(id, change, editor);
		store.submit(id, editor);
		return id;
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}
}
