package org.werkstatt.catalog.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.werkstatt.catalog.editor.OfferForm.ContactRow;
import org.werkstatt.catalog.editor.OfferForm.ModuleRow;
import org.werkstatt.catalog.offer.OfferContent;

class OfferFormsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
	static final UUID OWNER = UUID.randomUUID();

	static OfferForm valid() {
		OfferForm form = new OfferForm();
		form.setOwnerId(OWNER.toString());
		form.setTitle("Bewerbungstraining");
		form.setShortDescription("Fit für die Bewerbung");
		form.setFormat("IN_PERSON");
		form.setTimeModel("PART_TIME");
		form.setLegalBases(List.of("DE_SGB2_16A"));
		return form;
	}

	static List<String> errors(OfferForm form) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "offerForm");
		OfferForms.check(form, List.of("DE_SGB2_16A", "DE_ESF_PLUS"), List.of(OWNER), TODAY, result);
		return result.getFieldErrors().stream().map(e -> e.getField() + ":" + e.getCode()).toList();
	}

	@Test
	void aValidFormHasNoErrors() {
		assertThat(errors(valid())).isEmpty();
	}

	@Test
	void choicesMustBeOfThePagesLists() {
		OfferForm form = valid();
		form.setOwnerId(UUID.randomUUID().toString());
		form.setLanguage("fr");
		form.setFormat("TELEPATHY");
		form.setTimeModel("");
		form.setLegalBases(List.of("DK_LAB_MENTOR"));
		form.setTargetGroups(List.of("YOUNG_PEOPLE", "nope"));
		form.setFunding(List.of("GOLD"));
		form.setAccessibility(List.of("STEP_FREE", "<script>"));
		assertThat(errors(form)).containsExactlyInAnyOrder("ownerId:catalog.editor.error.unknownChoice",
				"language:validation.language", "format:catalog.editor.error.unknownChoice", "timeModel:validation.required",
				"legalBases:catalog.editor.error.unknownChoice", "targetGroups:catalog.editor.error.unknownChoice",
				"funding:catalog.editor.error.unknownChoice", "accessibility:catalog.editor.error.unknownChoice");
		form.setLegalBases(List.of());
		form.setOwnerId("not-an-id");
		assertThat(errors(form)).contains("legalBases:catalog.editor.error.legalBasisRequired", "ownerId:catalog.editor.error.unknownChoice");
	}

	@Test
	void azavIsAllOrNothingAndNotExpired() {
		OfferForm form = valid();
		form.setAzavCertifier("Cert GmbH");
		assertThat(errors(form)).containsExactlyInAnyOrder("azavMeasureNumber:catalog.editor.error.azavIncomplete",
				"azavValidUntil:catalog.editor.error.azavIncomplete");
		form.setAzavMeasureNumber("123/45");
		form.setAzavValidUntil(TODAY.minusDays(1));
		assertThat(errors(form)).containsExactly("azavValidUntil:catalog.editor.error.azavPast");
		form.setAzavValidUntil(TODAY);
		assertThat(errors(form)).isEmpty();
		assertThat(OfferForms.content(form, Set.of()).azav()).isNotNull();
	}

	@Test
	void filledRowsNeedANameAndFreeGroupsTheirLength() {
		OfferForm form = valid();
		form.setModules(new java.util.ArrayList<>(List.of(new ModuleRow("", null, "", 20, ""), new ModuleRow(),
				new ModuleRow("", null, "", null, "weg"))));
		form.getModules().get(2).setRemove(true);
		form.setContacts(new java.util.ArrayList<>(List.of(new ContactRow("", "", "", "040"))));
		form.setOtherTargetGroups("Kurz, " + "x".repeat(101));
		assertThat(errors(form)).containsExactlyInAnyOrder("modules[0].name:catalog.editor.error.moduleName",
				"contacts[0].name:catalog.editor.error.contactName", "otherTargetGroups:catalog.editor.error.groupTooLong");
	}

	@Test
	void contentKeepsKnownModuleIdsOrdersRowsAndLeavesOutEmptyOnes() {
		UUID known = UUID.randomUUID();
		UUID foreign = UUID.randomUUID();
		OfferForm form = valid();
		form.setModules(new java.util.ArrayList<>(List.of(new ModuleRow(foreign.toString(), 2, "Zweites", null, ""),
				new ModuleRow(known.toString(), 1, "Erstes", 10, "  mit Text  "), new ModuleRow(),
				new ModuleRow(known.toString(), 3, "Kopie", null, ""))));
		form.setOtherTargetGroups("Studienabbrecher\nQuereinsteiger, Studienabbrecher");
		form.setTargetGroups(List.of("MIGRANTS", "MIGRANTS"));
		OfferContent content = OfferForms.content(form, Set.of(known));
		assertThat(content.modules()).extracting(OfferContent.Module::name).containsExactly("Erstes", "Zweites", "Kopie");
		assertThat(content.modules().get(0).id()).isEqualTo(known);
		assertThat(content.modules().get(0).description()).isEqualTo("mit Text");
		assertThat(content.modules().get(1).id()).isNotEqualTo(foreign);
		assertThat(content.modules().get(2).id()).isNotEqualTo(known);
		assertThat(content.targetGroups()).extracting(g -> g.code() != null ? g.code().name() : g.label())
			.containsExactly("MIGRANTS", "Studienabbrecher", "Quereinsteiger");
		assertThat(content.description()).isNull();

		OfferForm again = OfferForms.form(content);
		assertThat(again.getModules()).extracting(ModuleRow::getOrder).containsExactly(1, 2, 3);
		assertThat(again.getOtherTargetGroups()).isEqualTo("Studienabbrecher\nQuereinsteiger");
		OfferForms.emptyRows(again, OfferForms.MORE_ROWS, 0);
		assertThat(again.getModules()).hasSize(3 + OfferForms.EMPTY_MODULE_ROWS + OfferForms.MORE_ROWS);
		assertThat(again.getContacts()).hasSize(OfferForms.EMPTY_CONTACT_ROWS);
	}

	@Test
	void errorsAreNotRepeatedForAField() {
		OfferForm form = valid();
		form.setTargetGroups(List.of("a", "b"));
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "offerForm");
		OfferForms.check(form, List.of("DE_SGB2_16A"), null, TODAY, result);
		assertThat(result.getFieldErrors()).extracting(FieldError::getField).containsExactly("targetGroups");
	}
}
