package org.werkstatt.identity.network;

/** Where a request to join a network stands. */
public enum InterestStatus {
	NEW, CONTACTED, JOINED, DECLINED;

	public String messageKey() {
		return "interest.status." + name();
	}
}
