package org.werkstatt.cooperation.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.werkstatt.cooperation.participant.AccessDecision.Side;

/** The participant list's pages and status filter, without a database. */
class ListPageTests {

	static final AccessDecision GRANTED = AccessDecision.grant(Side.JOBCENTER, UUID.randomUUID(), "CASEWORKER");

	@Test
	void fiftyAPageAndAPageBeyondTheLastShowsTheLast() {
		List<Participant> listable = people(120, ParticipantStatus.PARTICIPATING);
		ListPage second = ListPage.of(null, "2");
		assertThat(second.of(listable, null, GRANTED)).containsExactlyElementsOf(listable.subList(50, 100));
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.matching()).isEqualTo(120);

		ListPage beyond = ListPage.of(null, "99");
		assertThat(beyond.of(listable, null, GRANTED)).containsExactlyElementsOf(listable.subList(100, 120));
		assertThat(beyond.number()).isEqualTo(3);

		ListPage nonsense = ListPage.of(null, "-4");
		assertThat(nonsense.of(listable, null, GRANTED)).hasSize(50);
		assertThat(nonsense.number()).isEqualTo(1);
	}

	@Test
	void aStatusShowsOnlyItsParticipantsAndAnUnknownStatusShowsAll() {
		List<Participant> listable = new java.util.ArrayList<>(people(3, ParticipantStatus.PARTICIPATING));
		listable.addAll(people(2, ParticipantStatus.ENDED));
		ListPage ended = ListPage.of("ended", null);
		assertThat(ended.of(listable, null, GRANTED)).extracting(Participant::status).containsOnly(ParticipantStatus.ENDED).hasSize(2);
		assertThat(ended.status()).isEqualTo(ParticipantStatus.ENDED);

		ListPage unknown = ListPage.of("ALL'); drop", "1");
		assertThat(unknown.of(listable, null, GRANTED)).hasSize(5);
		assertThat(unknown.status()).isNull();

		ListPage empty = ListPage.of("INTERRUPTED", null);
		assertThat(empty.of(listable, null, GRANTED)).isEmpty();
		assertThat(empty.pages()).isEqualTo(1);
	}

	private static List<Participant> people(int count, ParticipantStatus status) {
		return IntStream.range(0, count).mapToObj(i -> participant(status)).toList();
	}

	private static Participant participant(ParticipantStatus status) {
		boolean ended = status == ParticipantStatus.ENDED;
		return new Participant(UUID.randomUUID(), UUID.randomUUID(), null, "Ayla", "Beispiel", null, null,
				LocalDate.of(1990, 1, 1), Gender.WOMAN, "de", status, ended ? StatusReason.COMPLETED : null, null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null, null, ended ? LocalDate.of(2026, 6, 1) : null);
	}
}
