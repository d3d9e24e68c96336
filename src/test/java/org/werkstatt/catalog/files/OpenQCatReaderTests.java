package org.werkstatt.catalog.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.OfferContent;
import org.werkstatt.catalog.offer.TimeModel;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.files.ImportLimits;

class OpenQCatReaderTests {

	static byte[] example() throws IOException {
		try (InputStream in = OpenQCatReaderTests.class.getResourceAsStream("/catalog/openqcat-example.xml")) {
			return in.readAllBytes();
		}
	}

	static Vocabulary vocabulary() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Vocabulary(messages);
	}

	static ImportContext context() {
		return new ImportContext(List.of("DE_SGB3_81_FBW", "DE_SGB2_16_SGB3_45_MAT"), Map.of(), Map.of(),
				LocalDate.of(2026, 6, 1), vocabulary());
	}

	@Test
	void anOfferAndItsCourseInstanceAreMappedAndWhatIsNotImportedIsCounted() throws Exception {
		CatalogFile file = OpenQCatReader.read(example());
		assertThat(file.format()).isEqualTo("openqcat");
		assertThat(file.items()).extracting(RawItem::kind).containsExactly(ItemKind.OFFER, ItemKind.RUN);
		RawItem offer = file.items().get(0);
		assertThat(offer.value(Field.OFFER_ID)).isEqualTo("KAI-LAGER-1");
		assertThat(offer.value(Field.FORMAT)).isEqualTo("101");
		assertThat(offer.value(Field.TIME_MODEL)).isEqualTo("FULL_TIME");
		assertThat(offer.value(Field.AZAV_MEASURE_NUMBER)).isEqualTo("962/123/2026");
		assertThat(offer.value(Field.CONTACT_NAME)).isEqualTo("Nina Beispiel");
		assertThat(offer.value(Field.KEYWORDS)).isEqualTo("Lager, Logistik");
		RawItem run = file.items().get(1);
		assertThat(run.value(Field.OFFER_ID)).isEqualTo("KAI-LAGER-1");
		assertThat(run.value(Field.RUN_ID)).isEqualTo("KAI-LAGER-1-2026-09");
		assertThat(run.value(Field.COST)).isEqualTo("18500.00");
		assertThat(run.value(Field.CITY)).isEqualTo("Hafenstadt");
		assertThat(file.notImported()).containsEntry("MIME_INFO", 1)
			.containsEntry("SERVICE_CLASSIFICATION", 1)
			.containsEntry("ANNOUNCEMENT", 1)
			.containsEntry("SUPPLIER_ID_REF", 1)
			.containsEntry("SALUTATION", 1)
			.doesNotContainKey("TITLE");

		List<CheckedItem> checked = ItemCheck.check(file.items(), context(), false);
		assertThat(checked).allSatisfy(item -> assertThat(item.problems()).isEmpty());
		OfferContent content = checked.get(0).offer();
		assertThat(content.format()).isEqualTo(Format.IN_PERSON);
		assertThat(content.timeModel()).isEqualTo(TimeModel.FULL_TIME);
		assertThat(content.azav()).isEqualTo(new OfferContent.Azav("Zert GmbH", "962/123/2026", LocalDate.of(2031, 12, 31)));
		assertThat(content.examiningBody()).isEqualTo("IHK Hafenstadt");
		assertThat(content.targetGroups()).extracting(OfferContent.TargetGroupEntry::label)
			.containsExactly("Arbeitsuchende ohne Berufsabschluss");
		assertThat(checked.get(0).action()).isEqualTo(CheckedItem.Action.NEW_OFFER);
		RunValues values = checked.get(1).run();
		assertThat(values.startDate()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(values.endDate()).isEqualTo(LocalDate.of(2028, 8, 31));
		assertThat(values.cost()).isEqualByComparingTo("18500");
		assertThat(values.region()).isEqualTo("Altstadt");
		assertThat(checked.get(1).action()).isEqualTo(CheckedItem.Action.NEW_RUN);
		assertThat(checked.get(1).offerTitle()).startsWith("Fachkraft");
	}

	@Test
	void elementsBesideTheServicesAreCountedToo() throws Exception {
		String xml = new String(example(), StandardCharsets.UTF_8).replace("<NEW_CATALOG FULLCATALOG=\"true\">",
				"<NEW_CATALOG FULLCATALOG=\"true\"><CATALOG_GROUP_SYSTEM><GROUP_NAME>Lager</GROUP_NAME></CATALOG_GROUP_SYSTEM>");
		CatalogFile file = OpenQCatReader.read(xml.getBytes(StandardCharsets.UTF_8));
		assertThat(file.notImported()).containsEntry("CATALOG_GROUP_SYSTEM", 1).doesNotContainKey("GROUP_NAME");
		assertThat(file.items()).hasSize(2);
	}

	@Test
	void anExistingOfferAndRunAreChangesAndBadValuesAreNamed() throws Exception {
		UUID offerId = UUID.randomUUID();
		UUID runId = UUID.randomUUID();
		ImportContext context = new ImportContext(List.of("DE_SGB3_81_FBW"), Map.of("KAI-LAGER-1",
				new ImportContext.Existing(offerId, "Lager alt")), Map.of(ImportContext.runKey("KAI-LAGER-1", "KAI-LAGER-1-2026-09"), runId),
				LocalDate.of(2032, 1, 1), vocabulary());
		String xml = new String(example(), StandardCharsets.UTF_8).replace("type=\"101\"", "type=\"999\"")
			.replace("2028-08-31", "2026-08-31");
		List<CheckedItem> checked = ItemCheck.check(OpenQCatReader.read(xml.getBytes(StandardCharsets.UTF_8)).items(), context, false);
		assertThat(checked.get(0).action()).isEqualTo(CheckedItem.Action.CHANGE_OFFER);
		assertThat(checked.get(0).existingId()).isEqualTo(offerId);
		assertThat(checked.get(0).problems()).extracting(CheckedItem.Problem::key)
			.contains("catalog.import.error.format", "catalog.import.error.azavExpired");
		assertThat(checked.get(1).action()).isEqualTo(CheckedItem.Action.CHANGE_RUN);
		assertThat(checked.get(1).problems()).extracting(CheckedItem.Problem::key).containsExactly("catalog.import.error.endBeforeStart");
	}

	@Test
	void aDoctypeIsRefusedBeforeAnyExternalEntityIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "GEHEIM");
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE OPENQCAT [<!ENTITY x SYSTEM "%s">]>
				<OPENQCAT><NEW_CATALOG><SERVICE><PRODUCT_ID>&x;</PRODUCT_ID></SERVICE></NEW_CATALOG></OPENQCAT>
				""".formatted(secret.toUri());
		assertThatThrownBy(() -> OpenQCatReader.read(xxe.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(FileProblem.class, p -> assertThat(p.key()).isEqualTo("catalog.import.error.doctype"));
		assertThat(Files.getLastModifiedTime(secret)).isNotNull();
	}

	@Test
	void entityExpansionIsRefused() {
		StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i < 10; i++) {
			laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
		}
		laughs.append("]>\n<OPENQCAT><NEW_CATALOG><SERVICE><PRODUCT_ID>&lol9;</PRODUCT_ID></SERVICE></NEW_CATALOG></OPENQCAT>");
		assertThatThrownBy(() -> OpenQCatReader.read(laughs.toString().getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(FileProblem.class, p -> assertThat(p.key()).isEqualTo("catalog.import.error.doctype"));
	}

	@Test
	void malformedXmlIsRefusedWithItsLineAndLargeFilesBeforeParsing() {
		String broken = "<?xml version=\"1.0\"?>\n<OPENQCAT>\n<NEW_CATALOG>\n<SERVICE><PRODUCT_ID>1</PRODUCT</SERVICE>\n</NEW_CATALOG></OPENQCAT>";
		assertThatThrownBy(() -> OpenQCatReader.read(broken.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(FileProblem.class, p -> {
				assertThat(p.key()).isEqualTo("catalog.import.error.malformed");
				assertThat(p.arguments()).containsExactly(4);
			});
		assertThatThrownBy(() -> OpenQCatReader.read(new byte[ImportLimits.MAX_BYTES + 1]))
			.isInstanceOfSatisfying(FileProblem.class, p -> assertThat(p.key()).isEqualTo("files.error.tooLarge"));
		assertThatThrownBy(() -> OpenQCatReader.read("<catalog/>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(FileProblem.class, p -> assertThat(p.key()).isEqualTo("catalog.import.error.notOpenQCat"));
	}
}
