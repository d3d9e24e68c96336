package org.werkstatt.planning.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PlanDeckTests {

	private final UUID first = UUID.randomUUID();
	private final UUID second = UUID.randomUUID();
	private final UUID empty = UUID.randomUUID();

	@Test
	void summaryComesFirstThenEachFieldSplitEvenlyIntoSlidesOfAtMostSeven() {
		List<PlanDeck.Placed> measures = new ArrayList<>();
		measures.addAll(items(first, "1.", 27));
		measures.addAll(items(second, "2.", 8));
		measures.addAll(items(null, "x", 1));
		List<PlanDeck.Slide> slides = PlanDeck.slides(PlanDeck.groups(fields(), measures, "Ohne Handlungsfeld"), 7);

		assertThat(slides.getFirst().isSummary()).isTrue();
		assertThat(slides.subList(1, slides.size())).extracting(s -> s.title() + " " + s.part() + "/" + s.parts() + ": "
				+ s.items().size() + " (" + s.field() + " of " + s.fields() + ")")
			.containsExactly("Erstes 1/4: 7 (1 of 3)", "Erstes 2/4: 7 (1 of 3)", "Erstes 3/4: 7 (1 of 3)",
					"Erstes 4/4: 6 (1 of 3)", "Zweites 1/2: 4 (2 of 3)", "Zweites 2/2: 4 (2 of 3)",
					"Ohne Handlungsfeld 1/1: 1 (3 of 3)");
		assertThat(slides.stream().flatMap(s -> s.items().stream()).map(PlanDeck.Item::number))
			.hasSize(36)
			.doesNotHaveDuplicates()
			.startsWith("1.1", "1.2");
	}

	@Test
	void aPlanWithoutMeasuresHasTheSummaryAlone() {
		assertThat(PlanDeck.slides(PlanDeck.groups(fields(), List.of(), "Ohne"), 7)).singleElement()
			.matches(PlanDeck.Slide::isSummary);
	}

	@Test
	void aMeasureOfAFieldThePlanNoLongerHasCountsAsWithoutField() {
		List<PlanDeck.Group> groups = PlanDeck.groups(fields(), items(UUID.randomUUID(), "9.", 2), "Ohne");
		assertThat(groups.getLast().title()).isEqualTo("Ohne");
		assertThat(groups.getLast().items()).hasSize(2);
	}

	private Map<UUID, String> fields() {
		Map<UUID, String> fields = new LinkedHashMap<>();
		fields.put(first, "Erstes");
		fields.put(empty, "Leeres");
		fields.put(second, "Zweites");
		return fields;
	}

	private static List<PlanDeck.Placed> items(UUID field, String prefix, int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj(i -> new PlanDeck.Placed(field,
					new PlanDeck.Item(UUID.randomUUID(), prefix + i, "Maßnahme " + i, "geplant", "planned", 0)))
			.toList();
	}
}
