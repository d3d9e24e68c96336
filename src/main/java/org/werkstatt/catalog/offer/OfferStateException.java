package org.werkstatt.catalog.offer;

/**
 * A change the offer's or run's state does not allow (publishing a version nobody submitted, saving over a
 * version that was already decided, deleting a run that has started). {@link #messageKey()} names what
 * happened in words a page shows to the person.
 */
public class OfferStateException extends RuntimeException {

	private final String messageKey;

	public OfferStateException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
