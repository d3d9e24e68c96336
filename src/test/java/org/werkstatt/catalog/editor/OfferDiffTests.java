package org.werkstatt.catalog.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.werkstatt.catalog.editor.OfferDiff.FieldDiff;
import org.werkstatt.catalog.editor.OfferDiff.Item;
import org.werkstatt.catalog.editor.OfferDiff.ItemChange;
import org.werkstatt.catalog.offer.Accessibility;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Funding;
import org.werkstatt.catalog.offer.OfferContent;
import org.werkstatt.catalog.offer.OfferContent.Azav;
import org.werkstatt.catalog.offer.OfferContent.Contact;
import org.werkstatt.catalog.offer.OfferContent.Module;
import org.werkstatt.catalog.offer.OfferContent.TargetGroupEntry;
import org.werkstatt.catalog.offer.TargetGroup;
import org.werkstatt.catalog.offer.TimeModel;

class OfferDiffTests {

	static final DiffLabels LABELS = new DiffLabels() {
		@Override
		public String vocabulary(Enum<?> value) {
			return value.name().toLowerCase();
		}

		@Override
		public String legalBasis(String code) {
			return "§ " + code;
		}

		@Override
		public String language(String code) {
			return code.toUpperCase();
		}

		@Override
		public String day(LocalDate day) {
			return day.toString();
		}

		@Override
		public String hours(int hours) {
			return hours + " h";
		}
	};

	static final UUID BASICS = UUID.fromString("00000000-0000-0000-0000-000000000001");
	static final UUID PRACTICE = UUID.fromString("00000000-0000-0000-0000-000000000002");

	static OfferContent published() {
		return new OfferContent("de", "Bewerbungstraining", "Fit für die Bewerbung", "Lang\nund ausführlich",
				List.of(new TargetGroupEntry(TargetGroup.YOUNG_PEOPLE, null), new TargetGroupEntry(null, "Studienabbrecher")),
				null, List.of(new Module(BASICS, "Grundlagen", 20, null), new Module(PRACTICE, "Praxis", 40, "Im Betrieb")),
				"Zertifikat", null, List.of("DE_SGB2_16A"), List.of(Funding.ACTIVATION_VOUCHER),
				new Azav("Cert GmbH", "123/45", LocalDate.of(2030, 1, 31)), Format.IN_PERSON, TimeModel.PART_TIME,
				"3 Monate", List.of(Accessibility.STEP_FREE), List.of(new Contact("Kim Kai", "Beratung", "kim@kai.example", null)),
				"bewerbung, training");
	}

	@Test
	void sameContentHasNoChange() {
		OfferDiff diff = OfferDiff.between(published(), published(), LABELS);
		assertThat(diff.changed()).isFalse();
		assertThat(diff.isNew()).isFalse();
		assertThat(diff.changes()).isEmpty();
		assertThat(diff.fields()).extracting(FieldDiff::field)
			.containsExactly("language", "title", "shortDescription", "description", "targetGroups", "prerequisites",
					"modules", "outcome", "examiningBody", "legalBases", "funding", "azavCertifier", "azavMeasureNumber",
					"azavValidUntil", "format", "timeModel", "duration", "accessibility", "contacts", "keywords");
	}

	@Test
	void changedTextShowsOldAndNewAndBlankEqualsMissing() {
		OfferContent before = published();
		OfferContent after = new OfferContent("de", "Bewerbungstraining kompakt", before.shortDescription(), "Lang\nund ausführlich  ",
				before.targetGroups(), "  ", before.modules(), before.outcome(), before.examiningBody(), before.legalBases(),
				before.funding(), before.azav(), Format.HYBRID, before.timeModel(), before.duration(), before.accessibility(),
				before.contacts(), before.keywords());
		OfferDiff diff = OfferDiff.between(before, after, LABELS);
		assertThat(diff.changes()).extracting(FieldDiff::field).containsExactly("title", "format");
		FieldDiff title = field(diff, "title");
		assertThat(title.before()).isEqualTo("Bewerbungstraining");
		assertThat(title.after()).isEqualTo("Bewerbungstraining kompakt");
		assertThat(field(diff, "format").before()).isEqualTo("in_person");
		assertThat(field(diff, "format").after()).isEqualTo("hybrid");
		assertThat(field(diff, "format").labelKey()).isEqualTo("catalog.editor.field.format");
	}

	@Test
	void listsShowAddedRemovedAndKeptItems() {
		OfferContent before = published();
		OfferContent after = new OfferContent("de", before.title(), before.shortDescription(), before.description(),
				List.of(new TargetGroupEntry(TargetGroup.YOUNG_PEOPLE, null), new TargetGroupEntry(TargetGroup.MIGRANTS, null)),
				null, before.modules(), before.outcome(), null, List.of("DE_SGB2_16A", "DE_ESF_PLUS"), List.of(),
				before.azav(), before.format(), before.timeModel(), before.duration(), before.accessibility(),
				List.of(new Contact("Kim Kai", "Beratung", "kim@kai.example", "0401234")), before.keywords());
		OfferDiff diff = OfferDiff.between(before, after, LABELS);
		assertThat(diff.changes()).extracting(FieldDiff::field).containsExactly("targetGroups", "legalBases", "funding", "contacts");
		assertThat(field(diff, "targetGroups").items()).extracting(Item::text, Item::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("young_people", ItemChange.KEPT),
					org.assertj.core.groups.Tuple.tuple("migrants", ItemChange.ADDED),
					org.assertj.core.groups.Tuple.tuple("Studienabbrecher", ItemChange.REMOVED));
		assertThat(field(diff, "legalBases").items()).extracting(Item::text, Item::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("§ DE_SGB2_16A", ItemChange.KEPT),
					org.assertj.core.groups.Tuple.tuple("§ DE_ESF_PLUS", ItemChange.ADDED));
		assertThat(field(diff, "funding").items()).extracting(Item::change).containsExactly(ItemChange.REMOVED);
		assertThat(field(diff, "contacts").items()).extracting(Item::text, Item::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Kim Kai, Beratung, kim@kai.example, 0401234", ItemChange.ADDED),
					org.assertj.core.groups.Tuple.tuple("Kim Kai, Beratung, kim@kai.example", ItemChange.REMOVED));
	}

	@Test
	void aModuleIsKnownByItsIdAcrossRenamingAndReordering() {
		OfferContent before = published();
		UUID fresh = UUID.randomUUID();
		OfferContent renamed = with(before, List.of(new Module(PRACTICE, "Praxisphase", 40, "Im Betrieb"),
				new Module(BASICS, "Grundlagen", 20, null), new Module(fresh, "Abschluss", null, null)));
		FieldDiff modules = field(OfferDiff.between(before, renamed, LABELS), "modules");
		assertThat(modules.changed()).isTrue();
		assertThat(modules.reordered()).isTrue();
		assertThat(modules.items()).extracting(Item::text, Item::change, Item::before)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Praxisphase (40 h)", ItemChange.CHANGED, "Praxis (40 h)"),
					org.assertj.core.groups.Tuple.tuple("Grundlagen (20 h)", ItemChange.KEPT, null),
					org.assertj.core.groups.Tuple.tuple("Abschluss", ItemChange.ADDED, null));

		FieldDiff onlyOrder = field(OfferDiff.between(before,
				with(before, List.of(before.modules().get(1), before.modules().get(0))), LABELS), "modules");
		assertThat(onlyOrder.changed()).isTrue();
		assertThat(onlyOrder.reordered()).isTrue();
		assertThat(onlyOrder.items()).extracting(Item::change).containsOnly(ItemChange.KEPT);

		FieldDiff described = field(OfferDiff.between(before, with(before,
				List.of(before.modules().get(0), new Module(PRACTICE, "Praxis", 40, "Im Betrieb, zwei Tage je Woche"))), LABELS), "modules");
		assertThat(described.items().get(1).change()).isEqualTo(ItemChange.CHANGED);
		assertThat(described.items().get(1).beforeDetail()).isEqualTo("Im Betrieb");
		assertThat(described.reordered()).isFalse();
	}

	@Test
	void azavIsComparedFieldByFieldAndItsRemovalShows() {
		OfferContent before = published();
		OfferContent after = new OfferContent("de", before.title(), before.shortDescription(), before.description(),
				before.targetGroups(), null, before.modules(), before.outcome(), null, before.legalBases(), before.funding(),
				null, before.format(), before.timeModel(), before.duration(), before.accessibility(), before.contacts(),
				before.keywords());
		OfferDiff diff = OfferDiff.between(before, after, LABELS);
		assertThat(diff.changes()).extracting(FieldDiff::field).containsExactly("azavCertifier", "azavMeasureNumber", "azavValidUntil");
		assertThat(field(diff, "azavValidUntil").before()).isEqualTo("2030-01-31");
		assertThat(field(diff, "azavValidUntil").after()).isNull();
	}

	@Test
	void aNewOfferShowsEverythingItHasAsNew() {
		OfferDiff diff = OfferDiff.between(null, published(), LABELS);
		assertThat(diff.isNew()).isTrue();
		assertThat(diff.changes()).extracting(FieldDiff::field).doesNotContain("prerequisites", "examiningBody")
			.contains("title", "modules", "legalBases", "contacts", "keywords");
		assertThat(field(diff, "title").before()).isNull();
		assertThat(field(diff, "modules").items()).extracting(Item::change).containsOnly(ItemChange.ADDED);
		assertThat(field(diff, "modules").reordered()).isFalse();
		assertThat(field(diff, "prerequisites").empty()).isTrue();
	}

	private static OfferContent with(OfferContent c, List<Module> modules) {
		return new OfferContent(c.language(), c.title(), c.shortDescription(), c.description(), c.targetGroups(),
				c.prerequisites(), modules, c.outcome(), c.examiningBody(), c.legalBases(), c.funding(), c.azav(), c.format(),
				c.timeModel(), c.duration(), c.accessibility(), c.contacts(), c.keywords());
	}

	private static FieldDiff field(OfferDiff diff, String name) {
		return diff.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
	}
}
