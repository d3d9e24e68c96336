package org.werkstatt.cooperation.agreement;

/**
 * A kind of change of a participation the provider asks for (eM@w "Trägermitteilung", NAV "forslag"). The
 * agreement's {@code decision_required} lists the kinds that need the jobcenter's decision; the provider makes the
 * others directly. {@link #OTHER} has nothing to apply and always needs a decision.
 */
public enum ChangeKind {
	EXTEND, END, CHANGE_START, CHANGE_END, CHANGE_HOURS, OTHER;

	public String messageKey() {
		return "proposal.kind." + name();
	}
}
