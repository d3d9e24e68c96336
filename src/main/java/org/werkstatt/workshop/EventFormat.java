package org.werkstatt.workshop;

/** The kinds of event the practice knows (GLOSSARY: Ideenwerkstatt, Bürgerdialog, Werkstatttreffen, Infoveranstaltung). */
public enum EventFormat {
	IDEA_WORKSHOP, CITIZEN_DIALOGUE, WORKSHOP_MEETING, INFO_EVENT;

	public String messageKey() {
		return "event.format." + name();
	}
}
