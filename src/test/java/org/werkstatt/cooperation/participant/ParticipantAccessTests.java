package org.werkstatt.cooperation.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.werkstatt.cooperation.agreement.Agreement;
import org.werkstatt.cooperation.agreement.AgreementStatus;
import org.werkstatt.cooperation.agreement.DataCategory;
import org.werkstatt.cooperation.agreement.ReportingRhythm;
import org.werkstatt.cooperation.agreement.StaffRole;
import org.werkstatt.cooperation.participant.AccessDecision.Side;
import org.werkstatt.identity.Role;

/** The access rule without a database: every reason a provider loses sight of a participant. */
class ParticipantAccessTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
	static final UUID JOBCENTER = UUID.randomUUID();
	static final UUID PROVIDER = UUID.randomUUID();
	static final UUID PERSON = UUID.randomUUID();

	static Agreement agreement(AgreementStatus status, @Nullable LocalDate endedAt) {
		return new Agreement(UUID.randomUUID(), JOBCENTER, PROVIDER, "MY TURN", null, TODAY.minusYears(1), TODAY.plusYears(1),
				status, null, endedAt, ReportingRhythm.QUARTERLY, null, null,
				EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN, DataCategory.HEALTH), 40, 730, null, null,
				null, null, 1);
	}

	static Participant participant(UUID agreementId, @Nullable LocalDate endedAt) {
		return new Participant(UUID.randomUUID(), agreementId, null, "Ayla", "Beispiel", null, null, LocalDate.of(1990, 1, 1),
				Gender.WOMAN, "de", endedAt == null ? ParticipantStatus.PARTICIPATING : ParticipantStatus.ENDED, null, null,
				TODAY, null, null, null, endedAt);
	}

	static Consent consent(Participant p, @Nullable Instant withdrawn, DataCategory... categories) {
		return new Consent(UUID.randomUUID(), p.id(), UUID.randomUUID(), 1, "de", Set.of(categories), Set.of(JOBCENTER, PROVIDER),
				TODAY.minusDays(30), Consent.GivenHow.PAPER, Instant.now(), UUID.randomUUID(), false, withdrawn, null);
	}

	static ParticipantAccess.Viewer provider(StaffRole... roles) {
		return new ParticipantAccess.Viewer(PERSON, Set.of(), Set.of(Role.PROVIDER_STAFF),
				roles.length == 0 ? EnumSet.noneOf(StaffRole.class) : EnumSet.of(roles[0], roles));
	}

	static AccessDecision read(Agreement a, ParticipantAccess.Viewer v, Participant p, boolean assigned, List<Consent> c,
			DataCategory category) {
		return ParticipantAccess.decide(a, v, p, assigned, c, category, TODAY);
	}

	@Test
	void jobcenterCaseworkersAndAdminsReadWhateverTheConsent() {
		Agreement a = agreement(AgreementStatus.DRAFT, null);
		Participant p = participant(a.id(), TODAY.minusYears(1));
		for (Role role : List.of(Role.CASEWORKER, Role.ORGANISATION_ADMIN)) {
			AccessDecision d = read(a, new ParticipantAccess.Viewer(PERSON, Set.of(role), Set.of(), Set.of()), p, false, List.of(),
					DataCategory.IDENTITY_CONTACT);
			assertThat(d.granted()).isTrue();
			assertThat(d.side()).isEqualTo(Side.JOBCENTER);
			assertThat(d.role()).isEqualTo(role.name());
		}
		AccessDecision planner = read(a, new ParticipantAccess.Viewer(PERSON, Set.of(Role.PLANNER), Set.of(), Set.of()), p, false,
				List.of(), DataCategory.IDENTITY_CONTACT);
		assertThat(planner.reason()).isEqualTo(AccessDecision.NO_ROLE);
	}

	@Test
	void strangersAndAnonymousAreRefused() {
		Agreement a = agreement(AgreementStatus.ACTIVE, null);
		Participant p = participant(a.id(), null);
		assertThat(read(a, new ParticipantAccess.Viewer(PERSON, Set.of(), Set.of(), Set.of()), p, false, List.of(),
				DataCategory.IDENTITY_CONTACT).reason()).isEqualTo(AccessDecision.OTHER_ORGANISATION);
		assertThat(read(a, new ParticipantAccess.Viewer(null, Set.of(), Set.of(), Set.of()), p, false, List.of(),
				DataCategory.IDENTITY_CONTACT).reason()).isEqualTo(AccessDecision.NOT_SIGNED_IN);
	}

	@Test
	void aCoordinatorSeesEveryoneACaseworkerOnlyTheAssigned() {
		Agreement a = agreement(AgreementStatus.ACTIVE, null);
		Participant p = participant(a.id(), null);
		List<Consent> c = List.of(consent(p, null, DataCategory.IDENTITY_CONTACT));
		assertThat(read(a, provider(StaffRole.COORDINATOR), p, false, c, DataCategory.IDENTITY_CONTACT).granted()).isTrue();
		assertThat(read(a, provider(StaffRole.CASEWORKER), p, true, c, DataCategory.IDENTITY_CONTACT).granted()).isTrue();
		assertThat(read(a, provider(StaffRole.CASEWORKER), p, false, c, DataCategory.IDENTITY_CONTACT).reason())
			.isEqualTo(AccessDecision.NOT_ASSIGNED);
		assertThat(read(a, provider(), p, true, c, DataCategory.IDENTITY_CONTACT).reason()).isEqualTo(AccessDecision.NOT_ASSIGNED);
	}

	@Test
	void onlyWhileTheAgreementIsActiveOrJustEnded() {
		for (AgreementStatus status : List.of(AgreementStatus.DRAFT, AgreementStatus.CANCELLED)) {
			Agreement a = agreement(status, status == AgreementStatus.CANCELLED ? TODAY.minusDays(1) : null);
			Participant p = participant(a.id(), null);
			assertThat(read(a, provider(StaffRole.COORDINATOR), p, true, List.of(consent(p, null, DataCategory.IDENTITY_CONTACT)),
					DataCategory.IDENTITY_CONTACT).reason()).isEqualTo(AccessDecision.AGREEMENT_INACTIVE);
		}
		Agreement recent = agreement(AgreementStatus.ENDED, TODAY.minusDays(40));
		Participant p = participant(recent.id(), null);
		List<Consent> c = List.of(consent(p, null, DataCategory.IDENTITY_CONTACT));
		assertThat(read(recent, provider(StaffRole.COORDINATOR), p, true, c, DataCategory.IDENTITY_CONTACT).granted()).isTrue();
		Agreement old = agreement(AgreementStatus.ENDED, TODAY.minusDays(41));
		assertThat(read(old, provider(StaffRole.COORDINATOR), p, true, c, DataCategory.IDENTITY_CONTACT).reason())
			.isEqualTo(AccessDecision.VISIBILITY_ENDED);
	}

	@Test
	void notLaterThanTheVisibilityDaysAfterTheParticipationEnded() {
		Agreement a = agreement(AgreementStatus.ACTIVE, null);
		Participant recent = participant(a.id(), TODAY.minusDays(40));
		Participant old = participant(a.id(), TODAY.minusDays(41));
		assertThat(read(a, provider(StaffRole.COORDINATOR), recent, true, List.of(consent(recent, null, DataCategory.IDENTITY_CONTACT)),
				DataCategory.IDENTITY_CONTACT).granted()).isTrue();
		assertThat(read(a, provider(StaffRole.COORDINATOR), old, true, List.of(consent(old, null, DataCategory.IDENTITY_CONTACT)),
				DataCategory.IDENTITY_CONTACT).reason()).isEqualTo(AccessDecision.VISIBILITY_ENDED);
	}

	@Test
	void consentGovernsEachCategoryAndWithdrawalEndsItAtOnce() {
		Agreement a = agreement(AgreementStatus.ACTIVE, null);
		Participant p = participant(a.id(), null);
		Consent basic = consent(p, null, DataCategory.IDENTITY_CONTACT);
		assertThat(read(a, provider(StaffRole.COORDINATOR), p, true, List.of(), DataCategory.IDENTITY_CONTACT).reason())
			.isEqualTo(AccessDecision.NO_CONSENT);
		assertThat(read(a, provider(StaffRole.COORDINATOR), p, true, List.of(basic), DataCategory.HEALTH).reason())
			.isEqualTo(AccessDecision.NO_CONSENT);
		assertThat(read(a, provider(StaffRole.COORDINATOR), p, true, List.of(consent(p, null, DataCategory.ATTENDANCE)),
				DataCategory.ATTENDANCE).reason()).as("not in the agreement").isEqualTo(AccessDecision.NO_CONSENT);
		Consent withdrawn = consent(p, Instant.now(), DataCategory.IDENTITY_CONTACT);
		assertThat(read(a, provider(StaffRole.COORDINATOR), p, true, List.of(withdrawn), DataCategory.IDENTITY_CONTACT).reason())
			.isEqualTo(AccessDecision.CONSENT_WITHDRAWN);
		Consent otherProvider = new Consent(UUID.randomUUID(), p.id(), UUID.randomUUID(), 1, "de", Set.of(DataCategory.IDENTITY_CONTACT),
				Set.of(JOBCENTER), TODAY, Consent.GivenHow.IN_PERSON, Instant.now(), PERSON, false, null, null);
		assertThat(read(a, provider(StaffRole.COORDINATOR), p, true, List.of(otherProvider), DataCategory.IDENTITY_CONTACT).reason())
			.as("consent for the jobcenter only").isEqualTo(AccessDecision.NO_CONSENT);
	}

	@Test
	void actionsNeedTheirSide() {
		Agreement a = agreement(AgreementStatus.ACTIVE, null);
		AccessDecision coordinator = ParticipantAccess.decide(a, provider(StaffRole.COORDINATOR), TODAY);
		AccessDecision caseworker = ParticipantAccess.decide(a, provider(StaffRole.CASEWORKER), TODAY);
		AccessDecision jobcenter = ParticipantAccess.decide(a, new ParticipantAccess.Viewer(PERSON, Set.of(Role.CASEWORKER), Set.of(), Set.of()), TODAY);
		assertThat(ParticipantAccess.require(coordinator, ParticipantAccess.Need.JOBCENTER).reason()).isEqualTo(AccessDecision.JOBCENTER_ONLY);
		assertThat(ParticipantAccess.require(coordinator, ParticipantAccess.Need.COORDINATOR).granted()).isTrue();
		assertThat(ParticipantAccess.require(caseworker, ParticipantAccess.Need.COORDINATOR).reason()).isEqualTo(AccessDecision.COORDINATOR_ONLY);
		assertThat(ParticipantAccess.require(jobcenter, ParticipantAccess.Need.JOBCENTER).granted()).isTrue();
	}
}
