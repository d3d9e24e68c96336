package org.werkstatt.catalog.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.werkstatt.catalog.editor.OfferForm.ContactRow;
import org.werkstatt.catalog.editor.OfferForm.ModuleRow;
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

/**
 * The editor's rules beyond a field's length: the choices must be of the page's lists, at least one legal
 * basis, the AZAV certification whole and still valid, a filled module or contact row has a name. And the way
 * from a form to an {@link OfferContent} and back, with the empty rows a form shows for more modules and contacts.
 */
final class OfferForms {

	static final List<String> LANGUAGES = List.of("de", "da", "en");
	static final int EMPTY_MODULE_ROWS = 2;
	static final int EMPTY_CONTACT_ROWS = 1;
	static final int MORE_ROWS = 3;
	static final int MAX_ROWS = 100;
	static final int MAX_LABEL = 100;
	static final int MAX_FREE_GROUPS = 20;

	private OfferForms() {
	}

	/**
	 * Records a field error for every rule the form breaks. {@code legalBases} are the codes the page offered;
	 * {@code owners} the owners it offered (null when the owner is not chosen, on an existing offer).
	 */
	static void check(OfferForm form, Collection<String> legalBases, @Nullable Collection<UUID> owners, LocalDate today,
			Errors errors) {
		if (owners != null) {
			Optional<UUID> owner = uuid(form.getOwnerId());
			if (form.getOwnerId() == null || form.getOwnerId().isBlank()) {
				reject(errors, "ownerId", "validation.required");
			}
			else if (owner.isEmpty() || !owners.contains(owner.get())) {
				reject(errors, "ownerId", "catalog.editor.error.unknownChoice");
			}
		}
		if (!LANGUAGES.contains(form.getLanguage())) {
			reject(errors, "language", "validation.language");
		}
		choice(errors, "format", form.getFormat(), Format.class);
		choice(errors, "timeModel", form.getTimeModel(), TimeModel.class);
		if (form.getLegalBases().isEmpty()) {
			reject(errors, "legalBases", "catalog.editor.error.legalBasisRequired");
		}
		else if (!legalBases.containsAll(form.getLegalBases())) {
			reject(errors, "legalBases", "catalog.editor.error.unknownChoice");
		}
		codes(errors, "targetGroups", form.getTargetGroups(), TargetGroup.class);
		codes(errors, "funding", form.getFunding(), Funding.class);
		codes(errors, "accessibility", form.getAccessibility(), Accessibility.class);
		List<String> free = freeGroups(form.getOtherTargetGroups());
		if (free.stream().anyMatch(label -> label.length() > MAX_LABEL)) {
			reject(errors, "otherTargetGroups", "catalog.editor.error.groupTooLong");
		}
		else if (free.size() > MAX_FREE_GROUPS) {
			reject(errors, "otherTargetGroups", "catalog.editor.error.tooManyGroups");
		}
		azav(form, today, errors);
		if (form.getModules().size() > MAX_ROWS) {
			reject(errors, "modules", "catalog.editor.error.tooManyRows");
		}
		for (int i = 0; i < form.getModules().size(); i++) {
			ModuleRow row = form.getModules().get(i);
			if (!row.isRemove() && !row.blank() && row.getName().isBlank()) {
				reject(errors, "modules[" + i + "].name", "catalog.editor.error.moduleName");
			}
		}
		if (form.getContacts().size() > MAX_ROWS) {
			reject(errors, "contacts", "catalog.editor.error.tooManyRows");
		}
		for (int i = 0; i < form.getContacts().size(); i++) {
			ContactRow row = form.getContacts().get(i);
			if (!row.blank() && row.getName().isBlank()) {
				reject(errors, "contacts[" + i + "].name", "catalog.editor.error.contactName");
			}
		}
	}

	private static void azav(OfferForm form, LocalDate today, Errors errors) {
		boolean certifier = !form.getAzavCertifier().isBlank();
		boolean number = !form.getAzavMeasureNumber().isBlank();
		boolean until = form.getAzavValidUntil() != null || errors.hasFieldErrors("azavValidUntil");
		if ((certifier || number || until) && !(certifier && number && until)) {
			if (!certifier) {
				reject(errors, "azavCertifier", "catalog.editor.error.azavIncomplete");
			}
			if (!number) {
				reject(errors, "azavMeasureNumber", "catalog.editor.error.azavIncomplete");
			}
			if (!until) {
				reject(errors, "azavValidUntil", "catalog.editor.error.azavIncomplete");
			}
		}
		if (form.getAzavValidUntil() != null && form.getAzavValidUntil().isBefore(today)) {
			reject(errors, "azavValidUntil", "catalog.editor.error.azavPast");
		}
	}

	private static <E extends Enum<E>> void choice(Errors errors, String field, String value, Class<E> type) {
		if (value.isBlank()) {
			reject(errors, field, "validation.required");
		}
		else if (Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(value))) {
			reject(errors, field, "catalog.editor.error.unknownChoice");
		}
	}

	private static <E extends Enum<E>> void codes(Errors errors, String field, List<String> values, Class<E> type) {
		for (String value : values) {
			if (Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(value))) {
				reject(errors, field, "catalog.editor.error.unknownChoice");
				return;
			}
		}
	}

	private static void reject(Errors errors, String field, String key) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, key);
		}
	}

	/** The free target groups: one a line or separated by commas, each once, in the order typed. */
	static List<String> freeGroups(String text) {
		return new ArrayList<>(Arrays.stream(text.split("[,\\n\\r;]+"))
			.map(String::strip)
			.filter(label -> !label.isEmpty())
			.collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
	}

	/**
	 * The content of a form that passed {@link #check}: rows in their order, empty and removed rows left out; a
	 * module keeps its id when it is one of {@code moduleIds} (the offer's own), otherwise it gets a new one.
	 */
	static OfferContent content(OfferForm form, Set<UUID> moduleIds) {
		List<TargetGroupEntry> groups = new ArrayList<>();
		new LinkedHashSet<>(form.getTargetGroups())
			.forEach(code -> groups.add(new TargetGroupEntry(TargetGroup.valueOf(code), null)));
		freeGroups(form.getOtherTargetGroups()).forEach(label -> groups.add(new TargetGroupEntry(null, label)));
		Set<UUID> used = new HashSet<>();
		List<Module> modules = new ArrayList<>();
		for (ModuleRow row : ordered(form.getModules())) {
			UUID id = uuid(row.getId()).filter(moduleIds::contains).filter(used::add).orElseGet(UUID::randomUUID);
			used.add(id);
			modules.add(new Module(id, row.getName().strip(), row.getHours(), optional(row.getDescription())));
		}
		List<Contact> contacts = form.getContacts().stream()
			.filter(row -> !row.blank())
			.map(row -> new Contact(row.getName().strip(), optional(row.getRole()), optional(row.getEmail()), optional(row.getPhone())))
			.toList();
		Azav azav = form.getAzavCertifier().isBlank() || form.getAzavValidUntil() == null ? null
				: new Azav(form.getAzavCertifier().strip(), form.getAzavMeasureNumber().strip(), form.getAzavValidUntil());
		return new OfferContent(form.getLanguage(), form.getTitle().strip(), form.getShortDescription().strip(),
				optional(form.getDescription()), groups, optional(form.getPrerequisites()), modules,
				optional(form.getOutcome()), optional(form.getExaminingBody()), List.copyOf(new LinkedHashSet<>(form.getLegalBases())),
				new LinkedHashSet<>(form.getFunding()).stream().map(Funding::valueOf).toList(), azav,
				Format.valueOf(form.getFormat()), TimeModel.valueOf(form.getTimeModel()), optional(form.getDuration()),
				new LinkedHashSet<>(form.getAccessibility()).stream().map(Accessibility::valueOf).toList(), contacts,
				optional(form.getKeywords()));
	}

	/** A form holding the content, ready to be changed. */
	static OfferForm form(OfferContent content) {
		OfferForm form = new OfferForm();
		form.setLanguage(content.language());
		form.setTitle(content.title());
		form.setShortDescription(content.shortDescription());
		form.setDescription(content.description());
		form.setTargetGroups(content.targetGroups().stream().filter(g -> g.code() != null).map(g -> g.code().name()).toList());
		form.setOtherTargetGroups(String.join("\n",
				content.targetGroups().stream().filter(g -> g.code() == null).map(g -> String.valueOf(g.label())).toList()));
		form.setPrerequisites(content.prerequisites());
		List<ModuleRow> modules = new ArrayList<>();
		IntStream.range(0, content.modules().size()).forEach(i -> {
			Module m = content.modules().get(i);
			modules.add(new ModuleRow(m.id().toString(), i + 1, m.name(), m.hours(), m.description() == null ? "" : m.description()));
		});
		form.setModules(modules);
		form.setOutcome(content.outcome());
		form.setExaminingBody(content.examiningBody());
		form.setLegalBases(content.legalBases());
		form.setFunding(content.funding().stream().map(Enum::name).toList());
		if (content.azav() != null) {
			form.setAzavCertifier(content.azav().certifier());
			form.setAzavMeasureNumber(content.azav().measureNumber());
			form.setAzavValidUntil(content.azav().validUntil());
		}
		form.setFormat(content.format().name());
		form.setTimeModel(content.timeModel().name());
		form.setDuration(content.duration());
		form.setAccessibility(content.accessibility().stream().map(Enum::name).toList());
		form.setContacts(content.contacts().stream()
			.map(c -> new ContactRow(c.name(), orEmpty(c.role()), orEmpty(c.email()), orEmpty(c.phone())))
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
		form.setKeywords(content.keywords());
		return form;
	}

	/** Puts the module rows in their order and leaves out empty and removed rows (for "more rows"). */
	static void tidy(OfferForm form) {
		List<ModuleRow> modules = new ArrayList<>(ordered(form.getModules()));
		for (int i = 0; i < modules.size(); i++) {
			modules.get(i).setOrder(i + 1);
		}
		form.setModules(modules);
		form.setContacts(new ArrayList<>(form.getContacts().stream().filter(row -> !row.blank()).toList()));
	}

	/** Adds empty rows after the filled ones: at least the usual number, {@code more} more when asked. */
	static void emptyRows(OfferForm form, int moreModules, int moreContacts) {
		long emptyModules = form.getModules().stream().filter(ModuleRow::blank).count();
		int modules = (int) Math.max(0, EMPTY_MODULE_ROWS - emptyModules) + moreModules;
		for (int i = 0; i < modules && form.getModules().size() < MAX_ROWS; i++) {
			form.getModules().add(new ModuleRow());
		}
		long emptyContacts = form.getContacts().stream().filter(ContactRow::blank).count();
		int contacts = (int) Math.max(0, EMPTY_CONTACT_ROWS - emptyContacts) + moreContacts;
		for (int i = 0; i < contacts && form.getContacts().size() < MAX_ROWS; i++) {
			form.getContacts().add(new ContactRow());
		}
	}

	/** The filled rows that stay, by their order (rows without an order keep their place after those with one). */
	private static List<ModuleRow> ordered(List<ModuleRow> rows) {
		List<ModuleRow> kept = rows.stream().filter(row -> !row.isRemove() && !row.blank()).toList();
		return IntStream.range(0, kept.size())
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> kept.get(i).getOrder() == null ? Integer.MAX_VALUE : kept.get(i).getOrder())
				.thenComparingInt(i -> i))
			.map(kept::get)
			.toList();
	}

	private static Optional<UUID> uuid(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static @Nullable String optional(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}
