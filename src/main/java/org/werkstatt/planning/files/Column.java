package org.werkstatt.planning.files;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.werkstatt.platform.files.ImportValues;

/**
 * The columns of a measure import file, recognised by their heading in German, Danish or English (case,
 * spaces and punctuation do not matter: "Field of action", "field_of_action" and "FIELD OF ACTION" are the
 * same). The headings the exports write are the first of each language, so an exported file imports again.
 * Milestones are exported but not imported: the column is allowed and left out.
 */
enum Column {

	NUMBER(true, "nummer", "nr", "lfdnr", "number", "no"),
	TITLE(true, "titel", "title", "bezeichnung", "overskrift"),
	DESCRIPTION(true, "beschreibung", "beskrivelse", "description"),
	FIELD(true, "handlungsfeld", "indsatsområde", "fieldofaction", "field"),
	RESPONSIBLE_ORGANISATION(true, "verantwortlicheorganisation", "federführung", "ansvarligorganisation",
			"responsibleorganisation", "responsibleorganization"),
	RESPONSIBLE_PERSON(true, "verantwortlicheperson", "ansprechperson", "ansvarligperson", "kontaktperson",
			"responsibleperson", "contactperson"),
	PARTNERS(true, "partner", "partnere", "samarbejdspartnere", "partners"),
	STATUS(true, "status"),
	PROGRESS(true, "fortschritt", "fremdrift", "progress"),
	START(true, "beginn", "startdatum", "start", "startdato", "startdate"),
	END(true, "ende", "enddatum", "slut", "slutdato", "end", "enddate"),
	BUDGET(true, "budget", "geplantesbudget", "planlagtbudget", "plannedbudget"),
	PLACES(true, "plätze", "plaetze", "teilnehmerplätze", "pladser", "places", "plannedplaces"),
	MILESTONES(false, "meilensteine", "milepæle", "milestones");

	/** The columns a file must have. */
	static final List<Column> REQUIRED = List.of(NUMBER, TITLE);

	private static final Map<String, Column> BY_NAME = new HashMap<>();

	static {
		for (Column column : values()) {
			for (String alias : column.aliases) {
				BY_NAME.put(alias, column);
			}
		}
	}

	private final boolean imported;
	private final List<String> aliases;

	Column(boolean imported, String... aliases) {
		this.imported = imported;
		this.aliases = List.of(aliases);
	}

	/** Whether the column's values become part of the measure (milestones are only exported). */
	boolean imported() {
		return imported;
	}

	String messageKey() {
		return "files.column." + name();
	}

	/** The column a heading names, if any. */
	static Optional<Column> of(String heading) {
		return Optional.ofNullable(BY_NAME.get(normalise(heading)));
	}

	/** Lower case, without anything that is not a letter or digit ("Fortschritt (%)" → "fortschritt"). */
	static String normalise(String heading) {
		return ImportValues.heading(heading);
	}
}
