package org.werkstatt.cooperation.agreement;

/** An agreement's life: a draft until both sides confirmed it, then active until it ended or was cancelled. */
public enum AgreementStatus {
	DRAFT, ACTIVE, ENDED, CANCELLED;

	public String messageKey() {
		return "cooperation.agreementStatus." + name();
	}
}
