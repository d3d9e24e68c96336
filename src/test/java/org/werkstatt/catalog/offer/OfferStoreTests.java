package org.werkstatt.catalog.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.werkstatt.catalog.offer.CatalogFixtures.content;
import static org.werkstatt.catalog.offer.CatalogFixtures.retitled;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.catalog.OfferSummary;
import org.werkstatt.catalog.Offers;

/** The offer's way from draft to the catalog and its changes after, as the store keeps them. */
class OfferStoreTests extends FullStackTest {

	private static final Editor STAFF = new Editor(null, "Trägerin Test");
	private static final Editor APPROVER = new Editor(null, "Planerin Test");

	@Autowired
	OfferStore offers;

	@Autowired
	RunStore runs;

	@Autowired
	Offers api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeOfAPublishedOfferWaitsForApprovalWhileThePublicSeesThePublishedVersion() {
		UUID provider = organisation("bildungswerk-kai");
		UUID owner = organisation("jobcenter-hafenstadt");
		String title = "Bewerbungswerkstatt " + UUID.randomUUID();
		UUID id = offers.create(provider, owner, content(title), STAFF, null);

		OfferRecord draft = offers.find(id).orElseThrow();
		assertThat(draft.state()).isEqualTo(OfferState.DRAFT);
		assertThat(draft.title()).isEqualTo(title);
		assertThat(draft.publishedVersion()).isNull();
		assertThat(offers.workingVersion(id).orElseThrow().state()).isEqualTo(VersionState.DRAFT);
		assertThat(offers.publishedContent(id)).isEmpty();

		assertThat(offers.saveDraft(id, retitled(content(title), title + " neu"), STAFF)).isEqualTo(1);
		assertThat(offers.find(id).orElseThrow().title()).as("never published: the columns follow the draft")
			.isEqualTo(title + " neu");

		assertThatThrownBy(() -> offers.publish(id, 1, APPROVER)).isInstanceOf(OfferStateException.class)
			.hasMessage("catalog.offer.error.notSubmitted");
		assertThat(offers.submit(id, STAFF)).isEqualTo(1);
		assertThat(offers.submittedFor(owner)).extracting(OfferListEntry::id).contains(id);
		offers.publish(id, 1, APPROVER);

		OfferRecord published = offers.find(id).orElseThrow();
		assertThat(published.state()).isEqualTo(OfferState.PUBLISHED);
		assertThat(published.publishedVersion()).isEqualTo(1);
		assertThat(published.publishedAt()).isNotNull();
		assertThat(offers.workingVersion(id)).isEmpty();
		assertThat(offers.submittedFor(owner)).extracting(OfferListEntry::id).doesNotContain(id);
		assertThat(jdbc.sql("select count(*) from offer_module where offer_id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from offer_target_group where offer_id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select code from offer_legal_basis where offer_id = ?").param(id).query(String.class).list())
			.containsExactly("DE_SGB2_16_SGB3_45_MAT");
		assertThat(found(id, "bewerbungstrainings")).as("German stemming of the description").isTrue();
		assertThat(found(id, "langzeitarbeitslose")).as("target group label").isTrue();
		assertThat(api.find(title, 5)).extracting(OfferSummary::id).containsExactly(id);
		assertThat(api.publishedOf(provider)).extracting(OfferSummary::href).contains("/offers/" + id);

		// a change: a new version, the public columns stay
		int change = offers.saveDraft(id, retitled(content(title), title + " geändert"), STAFF);
		assertThat(change).isEqualTo(2);
		assertThat(offers.find(id).orElseThrow().title()).isEqualTo(title + " neu");
		assertThat(offers.publishedContent(id).orElseThrow().title()).isEqualTo(title + " neu");
		offers.submit(id, STAFF);
		assertThatThrownBy(() -> offers.submit(id, STAFF)).isInstanceOf(OfferStateException.class);

		offers.sendBack(id, 2, APPROVER, "Bitte die Dauer in Wochen angeben.");
		OfferVersion returned = offers.workingVersion(id).orElseThrow();
		assertThat(returned.state()).isEqualTo(VersionState.RETURNED);
		assertThat(returned.reason()).isEqualTo("Bitte die Dauer in Wochen angeben.");
		assertThat(returned.decidedByName()).isEqualTo("Planerin Test");
		assertThatThrownBy(() -> offers.publish(id, 2, APPROVER)).isInstanceOf(OfferStateException.class);

		// the rework is a new version; the returned one stays as the approver saw it
		assertThat(offers.saveDraft(id, retitled(content(title), title + " zweite Fassung"), STAFF)).isEqualTo(3);
		OfferVersion rework = offers.workingVersion(id).orElseThrow();
		assertThat(rework.state()).isEqualTo(VersionState.DRAFT);
		assertThat(rework.reason()).as("the reason stays in sight while reworking").isEqualTo("Bitte die Dauer in Wochen angeben.");
		assertThat(offers.saveDraft(id, retitled(content(title), title + " zweite Fassung"), STAFF)).isEqualTo(3);
		offers.submit(id, STAFF);
		assertThatThrownBy(() -> offers.publish(id, 3, APPROVER, java.time.Instant.EPOCH))
			.as("a submission other than the one the approver read").isInstanceOf(OfferStateException.class);
		assertThat(offers.find(id).orElseThrow().publishedVersion()).isEqualTo(1);
		offers.publish(id, 3, APPROVER);

		assertThat(offers.find(id).orElseThrow().title()).isEqualTo(title + " zweite Fassung");
		assertThat(offers.find(id).orElseThrow().publishedVersion()).isEqualTo(3);
		List<OfferVersion> versions = offers.versions(id);
		assertThat(versions).extracting(OfferVersion::number).containsExactly(3, 2, 1);
		assertThat(versions).extracting(OfferVersion::state)
			.containsExactly(VersionState.PUBLISHED, VersionState.RETURNED, VersionState.SUPERSEDED);
		assertThat(versions.get(1).content().title()).isEqualTo(title + " geändert");
		assertThat(versions.get(1).reason()).isEqualTo("Bitte die Dauer in Wochen angeben.");
		assertThat(versions.get(2).content().title()).isEqualTo(title + " neu");
		assertThat(found(id, "fassung")).isTrue();
	}

	@Test
	void theOwnersOwnOffersArePublishedDirectlyOthersOnlyWhenSubmitted() {
		UUID jobcenter = organisation("jobcenter-hafenstadt");
		UUID own = offers.create(jobcenter, jobcenter, content("Eigenes Angebot " + UUID.randomUUID()), STAFF, "JC-1");
		offers.publish(own, 1, APPROVER);
		assertThat(offers.find(own).orElseThrow().state()).isEqualTo(OfferState.PUBLISHED);
		assertThat(offers.find(own).orElseThrow().externalId()).isEqualTo("JC-1");

		offers.archive(own, STAFF);
		assertThat(offers.find(own).orElseThrow().state()).isEqualTo(OfferState.ARCHIVED);
		assertThat(api.published(List.of(own))).isEmpty();
		offers.unarchive(own, STAFF);
		assertThat(api.published(List.of(own))).hasSize(1);

		offers.saveDraft(own, content("Verworfene Änderung"), STAFF);
		offers.discardDraft(own, STAFF);
		assertThat(offers.workingVersion(own)).isEmpty();
		assertThat(offers.versions(own)).extracting(OfferVersion::state)
			.containsExactly(VersionState.DISCARDED, VersionState.PUBLISHED);
		assertThatThrownBy(() -> offers.deleteDraft(own)).isInstanceOf(OfferStateException.class);

		UUID other = offers.create(organisation("perspektive-plus"), jobcenter, content("Fremdes " + UUID.randomUUID()), STAFF,
				null);
		assertThatThrownBy(() -> offers.publish(other, 1, APPROVER)).isInstanceOf(OfferStateException.class);
		assertThatThrownBy(() -> offers.publish(other, 7, APPROVER)).isInstanceOf(OfferStateException.class)
			.hasMessage("catalog.offer.error.noSuchVersion");
		offers.deleteDraft(other);
		assertThat(offers.find(other)).isEmpty();
	}

	@Test
	void runsMoveTheOffersModificationTimeOnceItIsPublished() throws Exception {
		UUID jobcenter = organisation("jobcenter-hafenstadt");
		UUID id = offers.create(jobcenter, jobcenter, content("Mit Terminen " + UUID.randomUUID()), STAFF, null);
		offers.publish(id, 1, APPROVER);
		Instant before = offers.find(id).orElseThrow().modifiedAt();
		Thread.sleep(5);
		LocalDate start = LocalDate.now().plusDays(20);
		UUID run = runs.create(id, details(start, 8));
		Instant after = offers.find(id).orElseThrow().modifiedAt();
		assertThat(after).isAfter(before);
		Run created = runs.find(run).orElseThrow();
		assertThat(created.placesConfirmedAt()).as("stating places confirms them").isNotNull();

		runs.confirmPlaces(run, Instant.now().minus(Duration.ofDays(20)));
		assertThat(runs.needingConfirmation(jobcenter)).extracting(Run::id).contains(run);
		assertThat(offers.ofOrganisation(jobcenter)).filteredOn(e -> e.id().equals(id)).singleElement()
			.satisfies(e -> {
				assertThat(e.runs()).isEqualTo(1);
				assertThat(e.placesToConfirm()).isEqualTo(1);
			});
		runs.confirmPlaces(run, Instant.now());
		assertThat(runs.needingConfirmation(jobcenter)).extracting(Run::id).doesNotContain(run);

		runs.cancel(run, "Zu wenige Anmeldungen");
		assertThat(runs.find(run).orElseThrow().cancelReason()).isEqualTo("Zu wenige Anmeldungen");
		assertThatThrownBy(() -> runs.cancel(run, "noch einmal")).isInstanceOf(OfferStateException.class);
		runs.reopen(run);
		assertThat(runs.find(run).orElseThrow().cancelled()).isFalse();
		runs.delete(run);
		assertThat(runs.runsOf(id)).isEmpty();

		UUID started = runs.create(id, details(LocalDate.now().minusDays(2), 3));
		assertThatThrownBy(() -> runs.delete(started)).isInstanceOf(OfferStateException.class)
			.hasMessage("catalog.run.error.started");
	}

	static RunDetails details(LocalDate start, Integer places) {
		return new RunDetails(null, "Kaistraße 4", "20457", "Hafenstadt", "Altstadt", "Raum 2", null, null, start,
				start.plusWeeks(8), false, "Mo–Fr 8:30–12:30", start.minusDays(3), 6, 12, places, true, null,
				java.math.BigDecimal.ZERO, true);
	}

	private boolean found(UUID id, String words) {
		return jdbc.sql("""
				select exists (select 1 from offer where id = ? and search @@ (plainto_tsquery('german', ?)
				    || plainto_tsquery('simple', ?)))""")
			.params(id, words, words)
			.query(Boolean.class)
			.single();
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}
}
