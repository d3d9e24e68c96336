package org.werkstatt.catalog.files;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of an imported offer or run: the columns of a CSV or XLSX file, and what openQ-cat elements are
 * mapped to. A file's column is known by the field's name ({@code short_description}) or its heading in
 * German, Danish or English ({@code catalog.import.column.*}), case, spaces and punctuation aside. An offers
 * file is keyed by {@link #OFFER_ID}; a runs file has {@link #RUN_ID} and refers to its offer by {@link #OFFER_ID}.
 */
enum Field {

	OFFER_ID(ItemKind.OFFER, ItemKind.RUN),
	TITLE(ItemKind.OFFER),
	SHORT_DESCRIPTION(ItemKind.OFFER),
	DESCRIPTION(ItemKind.OFFER),
	LANGUAGE(ItemKind.OFFER),
	TARGET_GROUPS(ItemKind.OFFER),
	PREREQUISITES(ItemKind.OFFER),
	OUTCOME(ItemKind.OFFER),
	EXAMINING_BODY(ItemKind.OFFER),
	LEGAL_BASES(ItemKind.OFFER),
	FUNDING(ItemKind.OFFER),
	AZAV_CERTIFIER(ItemKind.OFFER),
	AZAV_MEASURE_NUMBER(ItemKind.OFFER),
	AZAV_VALID_UNTIL(ItemKind.OFFER),
	FORMAT(ItemKind.OFFER),
	TIME_MODEL(ItemKind.OFFER),
	DURATION(ItemKind.OFFER),
	ACCESSIBILITY(ItemKind.OFFER),
	KEYWORDS(ItemKind.OFFER),
	CONTACT_NAME(ItemKind.OFFER),
	CONTACT_ROLE(ItemKind.OFFER),
	CONTACT_EMAIL(ItemKind.OFFER),
	CONTACT_PHONE(ItemKind.OFFER),
	RUN_ID(ItemKind.RUN),
	START(ItemKind.RUN),
	END(ItemKind.RUN),
	ROLLING_ENTRY(ItemKind.RUN),
	SCHEDULE(ItemKind.RUN),
	REGISTRATION_DEADLINE(ItemKind.RUN),
	STREET(ItemKind.RUN),
	POSTAL_CODE(ItemKind.RUN),
	CITY(ItemKind.RUN),
	REGION(ItemKind.RUN),
	ROOM(ItemKind.RUN),
	ONLINE_URL(ItemKind.RUN),
	MIN_PARTICIPANTS(ItemKind.RUN),
	MAX_PARTICIPANTS(ItemKind.RUN),
	PLACES_AVAILABLE(ItemKind.RUN),
	ENROLMENT_OPEN(ItemKind.RUN),
	WAITING_WEEKS(ItemKind.RUN),
	COST(ItemKind.RUN),
	GUARANTEED(ItemKind.RUN);

	static final List<Field> OFFER_REQUIRED = List.of(OFFER_ID, TITLE, SHORT_DESCRIPTION, FORMAT, TIME_MODEL);
	static final List<Field> RUN_REQUIRED = List.of(OFFER_ID, RUN_ID);

	private final Set<ItemKind> kinds;

	Field(ItemKind first, ItemKind... more) {
		this.kinds = EnumSet.of(first, more);
	}

	public boolean of(ItemKind kind) {
		return kinds.contains(kind);
	}

	public String messageKey() {
		return "catalog.import.column." + name();
	}

	/** The heading a template and the documentation use: the name in lower case ({@code short_description}). */
	public String heading() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static List<Field> fieldsOf(ItemKind kind) {
		return java.util.Arrays.stream(values()).filter(f -> f.of(kind)).toList();
	}
}
