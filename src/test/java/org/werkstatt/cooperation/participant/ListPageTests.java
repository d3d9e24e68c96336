package org.werkstatt.cooperation.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The participant list's page number and status filter, as read from the address (the rows: ProviderVisibilityTests). */
class ListPageTests {

	@Test
	void fiftyAPageAndAPageBeyondTheLastShowsTheLast() {
		ListPage second = ListPage.of(null, "2");
		assertThat(second.offset()).isEqualTo(50);
		second.counted(120);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.offset()).isEqualTo(50);
		assertThat(second.matching()).isEqualTo(120);

		ListPage beyond = ListPage.of(null, "99");
		beyond.counted(120);
		assertThat(beyond.number()).isEqualTo(3);
		assertThat(beyond.offset()).isEqualTo(100);

		ListPage nonsense = ListPage.of(null, "-4");
		assertThat(nonsense.offset()).isZero();
		nonsense.counted(120);
		assertThat(nonsense.number()).isEqualTo(1);
	}

	@Test
	void aStatusIsReadAndAnUnknownStatusShowsAll() {
		assertThat(ListPage.of("ended", null).status()).isEqualTo(ParticipantStatus.ENDED);
		assertThat(ListPage.of("ALL'); drop", "1").status()).isNull();
		assertThat(ListPage.of(null, "zwei").number()).isEqualTo(1);

		ListPage empty = ListPage.of("INTERRUPTED", "3");
		empty.counted(0);
		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.number()).isEqualTo(1);
		assertThat(empty.offset()).isZero();
	}
}
