package org.werkstatt.catalog.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.werkstatt.catalog.offer.OfferContent.Azav;
import org.werkstatt.catalog.offer.OfferContent.Contact;
import org.werkstatt.catalog.offer.OfferContent.Module;
import org.werkstatt.catalog.offer.OfferContent.TargetGroupEntry;

/** Offer content for tests. */
public final class CatalogFixtures {

	private CatalogFixtures() {
	}

	public static OfferContent content(String title) {
		return new OfferContent("de", title, "Kurzbeschreibung von " + title, "Lange Beschreibung mit Bewerbungstraining.",
				List.of(new TargetGroupEntry(TargetGroup.LONG_TERM_UNEMPLOYED, null), new TargetGroupEntry(null, "Quereinsteiger")),
				"Motivation", List.of(new Module(UUID.randomUUID(), "Standortbestimmung", 20, null),
						new Module(UUID.randomUUID(), "Bewerbungsunterlagen", 40, "Lebenslauf und Anschreiben")),
				"Teilnahmebescheinigung", null, List.of("DE_SGB2_16_SGB3_45_MAT"), List.of(Funding.ACTIVATION_VOUCHER),
				new Azav("CERTQUA", "123/4567/26", LocalDate.of(2028, 3, 31)), Format.HYBRID, TimeModel.PART_TIME,
				"8 Wochen, 20 Stunden pro Woche", List.of(Accessibility.STEP_FREE, Accessibility.CHILDCARE),
				List.of(new Contact("Kim Beispiel", "Kursleitung", "kurs@example.org", "0400 1234")), "Lagerlogistik Stapler");
	}

	public static OfferContent retitled(OfferContent content, String title) {
		return new OfferContent(content.language(), title, content.shortDescription(), content.description(),
				content.targetGroups(), content.prerequisites(), content.modules(), content.outcome(), content.examiningBody(),
				content.legalBases(), content.funding(), content.azav(), content.format(), content.timeModel(),
				content.duration(), content.accessibility(), content.contacts(), content.keywords());
	}
}
