package org.werkstatt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The number offered for a new measure: the highest of its field (or the plan) plus one, never a taken one. */
class NextNumberTests {

	@Test
	void countsOnWithinTheFieldsPrefix() {
		List<String> plan = List.of("1.1", "1.2", "1.9", "1.10", "2.1", "2.2", "A-7");
		assertThat(NextNumber.suggest(plan, List.of("1.1", "1.2", "1.9", "1.10"))).isEqualTo("1.11");
		assertThat(NextNumber.suggest(plan, List.of("2.1", "2.2"))).isEqualTo("2.3");
		assertThat(NextNumber.suggest(plan, List.of("A-7"))).isEqualTo("A-8");
	}

	@Test
	void countsOnOverallWithoutAField() {
		assertThat(NextNumber.suggest(List.of("1", "2", "12", "3"), List.of())).isEqualTo("13");
		assertThat(NextNumber.suggest(List.of("1.1", "1.2", "8.10", "8.9"), List.of())).isEqualTo("8.11");
		assertThat(NextNumber.suggest(List.of("M 3 a"), List.of())).isEqualTo("M 4 a");
		assertThat(NextNumber.suggest(List.of("2.9", "2.10", "A-7"), List.of())).as("the numeric sequence first")
			.isEqualTo("2.11");
	}

	@Test
	void skipsTakenNumbersAndStartsAtOne() {
		assertThat(NextNumber.suggest(List.of("2.1", "2.2", "2.3"), List.of("2.1", "2.2"))).isEqualTo("2.4");
		assertThat(NextNumber.suggest(List.of(), List.of())).isEqualTo("1");
		assertThat(NextNumber.suggest(List.of("Sonder", "A"), List.of())).isEqualTo("1");
	}
}
