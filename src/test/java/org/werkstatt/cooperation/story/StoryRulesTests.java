package org.werkstatt.cooperation.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.participant.Consent;

/** The story's rules: which consent carries it, and what in a text may identify the participant. */
class StoryRulesTests {

	static final LocalDate BORN = LocalDate.of(1988, 3, 7);

	@Test
	void theRealNamesAndTheDateOfBirthAreFoundWhateverTheirSpelling() {
		assertThat(StoryRules.warnings("Leyla kam 2019 nach Hafenstadt.", "Leyla", "Aydın", BORN))
			.containsExactly(StoryRules.Warning.FIRST_NAME);
		assertThat(StoryRules.warnings("Frau AYDIN erzählt", "Leyla", "Aydın", BORN)).containsExactly(StoryRules.Warning.LAST_NAME);
		assertThat(StoryRules.warnings("Frau Aydin erzählt", "Leyla", "Aydın", BORN)).containsExactly(StoryRules.Warning.LAST_NAME);
		assertThat(StoryRules.warnings("geboren am 07.03.1988", "Leyla", "Aydın", BORN)).containsExactly(StoryRules.Warning.DATE_OF_BIRTH);
		assertThat(StoryRules.warnings("geboren am 7. 3. 1988", "Leyla", "Aydın", BORN)).containsExactly(StoryRules.Warning.DATE_OF_BIRTH);
		assertThat(StoryRules.warnings("born 1988-03-07", "Leyla", "Aydın", BORN)).containsExactly(StoryRules.Warning.DATE_OF_BIRTH);
		assertThat(StoryRules.warnings("geboren am 7. März 1988", "Leyla", "Aydın", BORN)).containsExactly(StoryRules.Warning.DATE_OF_BIRTH);
		assertThat(StoryRules.warnings("born on 7 March 1988", "Leyla", "Aydın", BORN)).containsExactly(StoryRules.Warning.DATE_OF_BIRTH);
	}

	@Test
	void partsOfWordsAndOtherDatesAreNoWarning() {
		assertThat(StoryRules.warnings("Die Wolfsburgerin Mia, seit 17.03.1988 dabei", "Ali", "Wolf", BORN)).isEmpty();
		assertThat(StoryRules.warnings("Sie macht alles allein", "Ali", "Wolf", BORN)).isEmpty();
		assertThat(StoryRules.warnings("Ein Wolf im Schafspelz", "Ali", "Wolf", BORN)).containsExactly(StoryRules.Warning.LAST_NAME);
	}

	@Test
	void thePseudonymMustNotBeTheRealName() {
		assertThat(StoryRules.pseudonymIsRealName("Leyla", "Leyla", "Aydın")).isTrue();
		assertThat(StoryRules.pseudonymIsRealName("aydin", "Leyla", "Aydın")).isTrue();
		assertThat(StoryRules.pseudonymIsRealName("Mina", "Leyla", "Aydın")).isFalse();
	}

	@Test
	void onlyAValidStoryConsentForTheProviderCarriesAStory() {
		UUID provider = UUID.randomUUID();
		UUID jobcenter = UUID.randomUUID();
		Consent general = consent(Set.of(jobcenter, provider), false, null);
		Consent story = consent(Set.of(jobcenter, provider), true, null);
		Consent withdrawn = consent(Set.of(jobcenter, provider), true, Instant.now());
		Consent jobcenterOnly = consent(Set.of(jobcenter), true, null);
		assertThat(StoryRules.storyConsent(List.of(general), provider)).isEmpty();
		assertThat(StoryRules.storyConsent(List.of(withdrawn, jobcenterOnly), provider)).isEmpty();
		assertThat(StoryRules.storyConsent(List.of(general, withdrawn, story), provider)).contains(story);
	}

	@Test
	void onlyADraftOrAReturnedStoryIsSubmittedAndOnlyAnApprovedOneIsPublished() {
		assertThat(StoryStatus.DRAFT.submittable()).isTrue();
		assertThat(StoryStatus.SENT_BACK.submittable()).isTrue();
		assertThat(StoryStatus.SUBMITTED.editable()).isFalse();
		assertThat(StoryStatus.PUBLISHED.editable()).isFalse();
		assertThat(StoryStatus.WITHDRAWN.editable()).isFalse();
		assertThat(StoryStatus.APPROVED.publishable()).isTrue();
		assertThat(StoryStatus.SUBMITTED.publishable()).isFalse();
	}

	private static Consent consent(Set<UUID> organisations, boolean story, Instant withdrawnAt) {
		return new Consent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, "de", Set.of(DataCategory.IDENTITY_CONTACT),
				organisations, LocalDate.of(2026, 1, 5), Consent.GivenHow.PAPER, Instant.now(), UUID.randomUUID(), story, withdrawnAt,
				withdrawnAt == null ? null : UUID.randomUUID());
	}
}
