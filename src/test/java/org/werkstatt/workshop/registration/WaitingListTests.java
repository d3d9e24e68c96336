package org.werkstatt.workshop.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The waiting-list rule on its own. */
class WaitingListTests {

	@Test
	void placesAreGivenUntilTheCapacityThenTheWaitingListBegins() {
		assertThat(WaitingList.placeFor(2, 0)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(WaitingList.placeFor(2, 1)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(WaitingList.placeFor(2, 2)).isEqualTo(RegistrationStatus.WAITING);
		assertThat(WaitingList.placeFor(2, 5)).isEqualTo(RegistrationStatus.WAITING);
	}

	@Test
	void withoutCapacityEveryoneGetsAPlace() {
		assertThat(WaitingList.placeFor(null, 10_000)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(WaitingList.free(null, 10_000)).isNull();
	}

	@Test
	void asManyMoveUpAsPlacesAreFreeAndNoMoreThanWait() {
		assertThat(WaitingList.movingUp(2, 1, 3)).isEqualTo(1);
		assertThat(WaitingList.movingUp(5, 1, 3)).isEqualTo(3);
		assertThat(WaitingList.movingUp(2, 2, 3)).isZero();
		assertThat(WaitingList.movingUp(2, 1, 0)).isZero();
		assertThat(WaitingList.movingUp(null, 7, 4)).isEqualTo(4);
	}

	@Test
	void aSmallerCapacityMovesNobodyDown() {
		assertThat(WaitingList.movingUp(1, 3, 2)).isZero();
		assertThat(WaitingList.free(1, 3)).isZero();
	}

	@Test
	void csvFieldsThatASpreadsheetWouldRunAsFormulaStayText() {
		assertThat(RegistrationCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(RegistrationCsv.field("+49 40 123")).isEqualTo("\"'+49 40 123\"");
		assertThat(RegistrationCsv.field("-1")).isEqualTo("\"'-1\"");
		assertThat(RegistrationCsv.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(RegistrationCsv.field("\tcmd")).isEqualTo("\"'\tcmd\"");
		assertThat(RegistrationCsv.field("Aylin; Demir")).isEqualTo("\"Aylin; Demir\"");
		assertThat(RegistrationCsv.field(null)).isEqualTo("\"\"");
	}
}
