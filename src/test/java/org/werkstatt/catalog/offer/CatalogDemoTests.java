package org.werkstatt.catalog.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.catalog.Offers;

/** What other parts rely on in the demo's catalog. */
class CatalogDemoTests extends FullStackTest {

	@Autowired
	OfferStore offers;

	@Autowired
	RunStore runs;

	@Autowired
	Offers api;

	@Autowired
	PlacesRule rule;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoHasOffersInEveryStateWithRuns() {
		UUID kai = organisation("bildungswerk-kai");
		UUID jobcenter = organisation("jobcenter-hafenstadt");
		List<OfferListEntry> own = offers.ofOrganisation(kai).stream()
			.filter(e -> e.offer().externalId() != null && e.offer().externalId().startsWith("BWK-"))
			.toList();
		assertThat(own).hasSizeGreaterThanOrEqualTo(12);
		assertThat(api.publishedOf(kai)).hasSizeGreaterThanOrEqualTo(10);
		assertThat(own).filteredOn(e -> e.offer().isPublished()).allSatisfy(e -> assertThat(e.runs()).isPositive());
		assertThat(own).extracting(OfferListEntry::workingState).contains(VersionState.SUBMITTED, VersionState.RETURNED);
		assertThat(own).filteredOn(e -> e.workingState() == VersionState.RETURNED).singleElement()
			.satisfies(e -> assertThat(offers.workingVersion(e.id()).orElseThrow().reason()).isNotBlank());
		assertThat(own).extracting(e -> e.offer().state()).contains(OfferState.DRAFT, OfferState.ARCHIVED);
		assertThat(own).anySatisfy(e -> assertThat(e.placesToConfirm()).isPositive());
		assertThat(offers.submittedFor(jobcenter)).isNotEmpty();
		assertThat(offers.submittedFor(organisation("buendnis-nordufer"))).isNotEmpty();

		int total = jdbc.sql("select count(*) from offer").query(Integer.class).single();
		assertThat(total).as("other tests add their own").isGreaterThanOrEqualTo(38);
		List<String> formats = jdbc.sql("select distinct format from offer where state = 'PUBLISHED'").query(String.class).list();
		assertThat(formats).containsExactlyInAnyOrder("IN_PERSON", "DIGITAL", "HYBRID", "DISTANCE");
		List<String> bases = jdbc.sql("select distinct code from offer_legal_basis").query(String.class).list();
		assertThat(bases).containsAll(jdbc.sql("select code from legal_basis where country = 'DE'").query(String.class).list());

		List<RunStatus> statuses = jdbc.sql("select id from offer_run").query(UUID.class).list().stream()
			.map(id -> rule.status(runs.find(id).orElseThrow()))
			.distinct()
			.toList();
		assertThat(statuses).contains(RunStatus.ENDED, RunStatus.RUNNING, RunStatus.OPEN, RunStatus.FULL, RunStatus.CANCELLED);
	}

	private UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}
}
