package org.werkstatt.cooperation.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.werkstatt.FullStackTest;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.StaffRole;
import org.werkstatt.identity.Logins;
import org.werkstatt.identity.Role;
import org.werkstatt.platform.web.SiteTime;

/**
 * The SQL form of the provider's access rule (the start page's counts) holds against the rule itself, for every demo
 * participant: the coordinator, a provider caseworker with three assigned participants, and staff of the provider
 * who is not on the agreement, today and after the visibility window of ended participations has passed; and the
 * participant list's pages, which run the participant's part of the rule in SQL.
 */
class ProviderVisibilityTests extends FullStackTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgreementStore agreements;

	@Autowired
	ParticipantStore participants;

	@Autowired
	ConsentStore consents;

	@Autowired
	SiteTime siteTime;

	@Autowired
	TransactionTemplate transactions;

	@ParameterizedTest
	@EnumSource(value = DataCategory.class, names = { "GOALS_PLAN", "ATTENDANCE", "HEALTH", "DISABILITY" })
	void theQueryGrantsExactlyWhatTheRuleGrants(DataCategory category) {
		Agreement agreement = demoAgreement();
		List<Participant> all = participants.ofAgreement(agreement.id());
		Map<UUID, List<Consent>> given = consents.of(all.stream().map(Participant::id).toList());
		UUID coordinator = person(Logins.PROVIDER_STAFF);
		UUID caseworker = caseworkerOf(agreement, coordinator, all.stream().filter(p -> p.endedAt() == null).limit(3).toList());
		UUID outsider = newProviderPerson();

		LocalDate today = LocalDate.now(siteTime.zone());
		int granted = 0;
		for (LocalDate day : List.of(today, today.plusDays(45), today.plusDays(400))) {
			for (UUID person : List.of(coordinator, caseworker, outsider)) {
				Set<StaffRole> staff = agreements.rolesOf(agreement.id(), person);
				ParticipantAccess.Viewer viewer = new ParticipantAccess.Viewer(person, EnumSet.noneOf(Role.class),
						EnumSet.of(Role.PROVIDER_STAFF), staff.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(staff));
				Set<UUID> byRule = all.stream()
					.filter(p -> ParticipantAccess.decide(agreement, viewer, p, participants.isAssigned(p.id(), person),
							given.getOrDefault(p.id(), List.of()), category, day).granted())
					.map(Participant::id)
					.collect(Collectors.toSet());
				// glued to the words around it as its callers' text blocks glue it (they drop a trailing space)
				Set<UUID> byQuery = Set.copyOf(jdbc.sql("select p.id from coop_participant p join agreement a on a.id = p.agreement_id "
						+ "where a.id = :agreement and" + ProviderVisibility.mayRead(category) + "order by p.id")
					.param("agreement", agreement.id())
					.param("person", person)
					.param("today", day)
					.query(UUID.class)
					.list());
				assertThat(byQuery).as("%s for %s on %s", category, person.equals(coordinator) ? "the coordinator"
						: person.equals(caseworker) ? "the caseworker" : "the outsider", day).isEqualTo(byRule);
				granted += byRule.size();
			}
		}
		if (category == DataCategory.GOALS_PLAN || category == DataCategory.ATTENDANCE) {
			assertThat(granted).as("the comparison saw granted participants").isPositive();
		}
	}

	/**
	 * The list's pages (the rule's participant part as SQL, after the agreement-wide part in Java) hold exactly what the
	 * rule lists, in the list's order, for every status, seven a page; the counts come with them.
	 */
	@Test
	void theListPagesHoldExactlyWhatTheRuleLists() {
		Agreement agreement = demoAgreement();
		List<Participant> byName = participants.ofAgreement(agreement.id());
		Map<UUID, List<Consent>> given = consents.of(byName.stream().map(Participant::id).toList());
		UUID coordinator = person(Logins.PROVIDER_STAFF);
		List<Participant> assigned = new java.util.ArrayList<>(byName.stream().filter(p -> p.endedAt() != null).limit(2).toList());
		assigned.addAll(byName.stream().filter(p -> p.endedAt() == null).limit(3).toList());
		UUID caseworker = caseworkerOf(agreement, coordinator, assigned);

		LocalDate today = LocalDate.now(siteTime.zone());
		int listed = 0;
		for (LocalDate day : List.of(today, today.plusDays(45), today.plusDays(400))) {
			for (UUID person : List.of(coordinator, caseworker)) {
				Set<StaffRole> staff = agreements.rolesOf(agreement.id(), person);
				ParticipantAccess.Viewer viewer = new ParticipantAccess.Viewer(person, EnumSet.noneOf(Role.class),
						EnumSet.of(Role.PROVIDER_STAFF), EnumSet.copyOf(staff));
				List<Participant> byRule = byName.stream()
					.filter(p -> ParticipantAccess.decide(agreement, viewer, p, participants.isAssigned(p.id(), person),
							given.getOrDefault(p.id(), List.of()), DataCategory.IDENTITY_CONTACT, day).granted())
					.toList();
				ProviderVisibility.Listing scope = new ProviderVisibility.Listing(DataCategory.IDENTITY_CONTACT,
						person.equals(coordinator) ? null : person, agreement.visibilityDays(), day);
				assertPagesHold(agreement.id(), scope, byRule, byRule.size());
				listed += byRule.size();
			}
		}
		assertPagesHold(agreement.id(), null, byName, byName.size());
		assertThat(listed).as("the comparison saw listed participants").isPositive();
	}

	/**
	 * The categories kept on the participant's row for the list (migration cooperation V9) follow every change of the
	 * consents as the rule reads them: a consent for the jobcenter only, one for the provider, a second one, each
	 * withdrawal.
	 */
	@Test
	void theConsentKeptOnTheParticipantFollowsEveryChange() {
		Agreement agreement = demoAgreement();
		UUID participant = newParticipant(agreement);
		UUID text = jdbc.sql("select id from consent_text limit 1").query(UUID.class).single();
		UUID by = person(Logins.PROVIDER_STAFF);
		assertKeptAsTheRuleReads(agreement, participant, Set.of());

		consents.record(participant, text, Set.of(DataCategory.IDENTITY_CONTACT, DataCategory.HEALTH), Set.of(agreement.jobcenterId()),
				LocalDate.now(), Consent.GivenHow.PAPER, false, by);
		assertKeptAsTheRuleReads(agreement, participant, Set.of());
		UUID first = consents.record(participant, text, Set.of(DataCategory.IDENTITY_CONTACT), Set.of(agreement.providerId()),
				LocalDate.now(), Consent.GivenHow.PAPER, false, by);
		assertKeptAsTheRuleReads(agreement, participant, Set.of(DataCategory.IDENTITY_CONTACT));
		UUID second = consents.record(participant, text, Set.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN),
				Set.of(agreement.jobcenterId(), agreement.providerId()), LocalDate.now(), Consent.GivenHow.IN_PERSON, false, by);
		assertKeptAsTheRuleReads(agreement, participant, Set.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN));
		consents.withdraw(participant, first, null, by);
		assertKeptAsTheRuleReads(agreement, participant, Set.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN));
		consents.withdraw(participant, second, null, by);
		assertKeptAsTheRuleReads(agreement, participant, Set.of());
	}

	/**
	 * Two consents recorded at the same time for one participant both count: the second waits for the first's commit
	 * and then reads it (without the row lock taken first it kept only its own categories).
	 */
	@Test
	void twoConsentsRecordedAtOnceBothCount() throws Exception {
		Agreement agreement = demoAgreement();
		UUID participant = newParticipant(agreement);
		UUID text = jdbc.sql("select id from consent_text limit 1").query(UUID.class).single();
		UUID by = person(Logins.PROVIDER_STAFF);
		java.util.concurrent.CountDownLatch firstInserted = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch secondStarted = new java.util.concurrent.CountDownLatch(1);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
			var first = pool.submit(() -> transactions.executeWithoutResult(status -> {
				consents.record(participant, text, Set.of(DataCategory.IDENTITY_CONTACT), Set.of(agreement.providerId()),
						LocalDate.now(), Consent.GivenHow.PAPER, false, by);
				firstInserted.countDown();
				await(secondStarted);
				sleep(300); // the second is now waiting for this one's row lock
			}));
			await(firstInserted);
			var second = pool.submit(() -> transactions.executeWithoutResult(status -> {
				secondStarted.countDown();
				consents.record(participant, text, Set.of(DataCategory.GOALS_PLAN), Set.of(agreement.providerId()),
						LocalDate.now(), Consent.GivenHow.PAPER, false, by);
			}));
			first.get(30, java.util.concurrent.TimeUnit.SECONDS);
			second.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		assertKeptAsTheRuleReads(agreement, participant, Set.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN));
	}

	private void assertKeptAsTheRuleReads(Agreement agreement, UUID participant, Set<DataCategory> expected) {
		List<Consent> given = consents.of(List.of(participant)).getOrDefault(participant, List.of());
		Set<DataCategory> byRule = java.util.Arrays.stream(DataCategory.values())
			.filter(category -> given.stream().anyMatch(c -> c.covers(agreement.providerId(), category)))
			.collect(Collectors.toSet());
		Set<DataCategory> kept = jdbc.sql("select unnest(provider_consent) from coop_participant where id = ?").param(participant)
			.query(String.class).list().stream().map(DataCategory::valueOf).collect(Collectors.toSet());
		assertThat(byRule).as("the rule").isEqualTo(expected);
		assertThat(kept).as("kept on the participant").isEqualTo(expected);
	}

	private UUID newParticipant(Agreement agreement) {
		return participants.assign(agreement.id(), new ParticipantStore.Details("Kept", "Consent-" + UUID.randomUUID(), null, null,
				LocalDate.of(1990, 1, 1), Gender.NOT_STATED, "de", null, null), person(Logins.JOBCENTER_PLANNER));
	}

	private static void await(java.util.concurrent.CountDownLatch latch) {
		try {
			assertThat(latch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void assertPagesHold(UUID agreementId, ProviderVisibility.@Nullable Listing scope, List<Participant> listable,
			int total) {
		List<ParticipantStatus> statuses = new java.util.ArrayList<>(List.of(ParticipantStatus.values()));
		statuses.add(null);
		for (ParticipantStatus status : statuses) {
			List<UUID> expected = listable.stream().filter(p -> status == null || p.status() == status).map(Participant::id).toList();
			List<UUID> paged = new java.util.ArrayList<>();
			for (int offset = 0; ; offset += 7) {
				ParticipantStore.Counts counts = participants.counts(agreementId, scope, status);
				assertThat(counts.listable()).isEqualTo(total);
				assertThat(counts.matching()).as("%s", status).isEqualTo(expected.size());
				List<Participant> rows = counts.matching() > offset ? participants.rows(agreementId, scope, status, offset, 7) : List.of();
				if (rows.isEmpty()) {
					break;
				}
				assertThat(rows).hasSizeLessThanOrEqualTo(7);
				rows.forEach(p -> paged.add(p.id()));
			}
			assertThat(paged).as("%s", status).containsExactlyElementsOf(expected);
		}
	}

	private Agreement demoAgreement() {
		return agreements.find(jdbc.sql("select id from agreement where title = ?").param(CooperationDemo.TITLE)
			.query(UUID.class).single()).orElseThrow();
	}

	/** A new provider person on the agreement's staff as caseworker, assigned to the participants. */
	private UUID caseworkerOf(Agreement agreement, UUID coordinator, List<Participant> assigned) {
		UUID caseworker = newProviderPerson();
		jdbc.sql("insert into agreement_staff (agreement_id, person_id, role, added_by) values (?, ?, 'CASEWORKER', ?)")
			.params(agreement.id(), caseworker, coordinator).update();
		for (Participant p : assigned) {
			jdbc.sql("insert into coop_participant_assignment (participant_id, person_id, assigned_by) values (?, ?, ?)")
				.params(p.id(), caseworker, coordinator).update();
		}
		return caseworker;
	}

	private UUID person(String email) {
		return jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
	}

	private UUID newProviderPerson() {
		UUID person = jdbc.sql("insert into person (email, name, preferred_language, password_hash) values (?, 'Test Person', 'de', 'x') returning id")
			.param("visibility-" + UUID.randomUUID() + "@example.org").query(UUID.class).single();
		jdbc.sql("insert into membership (person_id, organisation_id, role) select ?, id, 'PROVIDER_STAFF' from organisation where slug = 'bildungswerk-kai'")
			.param(person).update();
		return person;
	}
}
