package org.werkstatt.workshop.live;

/** A participant's answer to "should this format be repeated?". */
public enum RepeatFormat {

	YES, NO, UNSURE;

	public String messageKey() {
		return "feedback.repeat." + name();
	}
}
