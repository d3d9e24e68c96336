package org.werkstatt.identity.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;
import org.werkstatt.identity.organisation.LegalTexts;
import org.werkstatt.identity.organisation.Organisation;
import org.werkstatt.identity.organisation.OrganisationProfile;
import org.werkstatt.identity.organisation.OrganisationStore;

/** An organisation's legal statements and profile per language: readers get theirs, editors see what is missing. */
class TextsPerLanguageTests extends FullStackTest {

	private static final String SLUG = "jobcenter-hafenstadt";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	OrganisationStore organisations;

	private Organisation before;

	@BeforeEach
	void remember() {
		before = organisations.findBySlug(SLUG).orElseThrow();
	}

	@AfterEach
	void restore() {
		organisations.updateTexts(before.id(), LegalTexts.of(before));
		organisations.updateProfile(before.id(), OrganisationProfile.of(before));
	}

	@Test
	void legalPagesAreShownInTheReadersLanguage() throws Exception {
		assertThat(page("/imprint", "da")).contains("Dette er en fiktiv organisation").doesNotContain("fiktive Organisation");
		assertThat(page("/o/" + SLUG + "/privacy", "en")).contains("This demo stores no real personal data");
		assertThat(page("/imprint", "de")).contains("Dies ist eine fiktive Organisation");
	}

	@Test
	void aMissingVersionFallsBackToTheSiteDefaultMarkedWithItsLanguage() throws Exception {
		// the demo's accessibility statement has no Danish version
		String danish = page("/accessibility", "da");
		assertThat(danish).contains("lang=\"da\"").contains("Diese Website soll die BITV 2.0").contains("lang=\"de\">Diese Website");
		assertThat(page("/accessibility", "en")).contains("This website aims to meet BITV 2.0");
	}

	@Test
	void theTextsEditorHasAFieldPerLanguageAndSaysWhichAreMissing() throws Exception {
		String editor = admin(get("/manage/" + SLUG + "/texts").header("Accept-Language", "en"));
		assertThat(editor).contains("name=\"imprintTextDe\"", "name=\"imprintTextDa\"", "name=\"imprintTextEn\"",
				"name=\"accessibilityTextDa\"");
		assertThat(editor).contains("Danish version missing: visitors reading Danish see the German text.")
			.contains("see the German version (the site&#39;s language)");
		assertThat(admin(get("/manage/" + SLUG + "/texts").header("Accept-Language", "da")))
			.contains("Der mangler en version på dansk: Den, der læser dansk, ser versionen på tysk.");

		mvc.perform(post("/manage/" + SLUG + "/texts").with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf())
			.param("imprintTextDe", "Impressum DE").param("imprintTextDa", "Kolofon DA").param("privacyTextDe", "Datenschutz DE")
			.param("accessibilityTextDe", "Barrierefreiheit DE").param("accessibilityTextDa", "Tilgængelighed DA")
			.param("accessibilityTextEn", "Accessibility EN"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/imprint", "da")).contains("Kolofon DA");
		assertThat(page("/imprint", "en")).contains("Impressum DE");
		assertThat(page("/accessibility", "da")).contains("Tilgængelighed DA");
		String after = admin(get("/manage/" + SLUG + "/texts"));
		assertThat(after).contains("Fassung auf Englisch fehlt: Wer Englisch liest, sieht die Fassung auf Deutsch.");
	}

	@Test
	void tooLongAVersionIsRefusedNextToItsFieldAndKeepsTheOthers() throws Exception {
		String response = mvc.perform(post("/manage/" + SLUG + "/texts").with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf())
			.param("imprintTextDe", "Bleibt stehen").param("imprintTextEn", "x".repeat(20_001)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(response).contains("id=\"imprintTextEn-error\"").contains("Bleibt stehen");
		assertThat(page("/imprint", "de")).doesNotContain("Bleibt stehen");
	}

	@Test
	void theProfileHasAVersionPerLanguage() throws Exception {
		mvc.perform(post("/manage/" + SLUG + "/profile").with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf())
			.param("name", before.name()).param("profileTextDe", "Wir fördern Arbeit.")
			.param("profileTextDa", "Vi fremmer beskæftigelse."))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/o/" + SLUG, "da")).contains("Vi fremmer beskæftigelse.");
		assertThat(page("/o/" + SLUG, "de")).contains("Wir fördern Arbeit.");
		assertThat(page("/o/" + SLUG, "en")).contains("lang=\"de\">Wir fördern Arbeit.");
		assertThat(admin(get("/manage/" + SLUG).header("Accept-Language", "en")))
			.contains("English version missing: visitors reading English see the German text.");
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String admin(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(as(people, Logins.JOBCENTER_ADMIN))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
