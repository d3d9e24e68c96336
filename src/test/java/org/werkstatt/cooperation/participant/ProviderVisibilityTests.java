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
						agreement.providerId(), person.equals(coordinator) ? null : person, agreement.visibilityDays(), day);
				assertPagesHold(agreement.id(), scope, byRule, byRule.size());
				listed += byRule.size();
			}
		}
		assertPagesHold(agreement.id(), null, byName, byName.size());
		assertThat(listed).as("the comparison saw listed participants").isPositive();
	}

	private void assertPagesHold(UUID agreementId, ProviderVisibility.@Nullable Listing scope, List<Participant> listable,
			int total) {
		List<ParticipantStatus> statuses = new java.util.ArrayList<>(List.of(ParticipantStatus.values()));
		statuses.add(null);
		for (ParticipantStatus status : statuses) {
			List<UUID> expected = listable.stream().filter(p -> status == null || p.status() == status).map(Participant::id).toList();
			List<UUID> paged = new java.util.ArrayList<>();
			for (int offset = 0; ; offset += 7) {
				ParticipantStore.ListRows rows = participants.page(agreementId, scope, status, offset, 7);
				assertThat(rows.listable()).isEqualTo(total);
				assertThat(rows.matching()).as("%s", status).isEqualTo(expected.size());
				if (rows.rows().isEmpty()) {
					break;
				}
				assertThat(rows.rows()).hasSizeLessThanOrEqualTo(7);
				rows.rows().forEach(p -> paged.add(p.id()));
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
