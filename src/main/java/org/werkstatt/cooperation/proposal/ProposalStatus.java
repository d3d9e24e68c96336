package org.werkstatt.cooperation.proposal;

/** Where a proposal stands: open until decided, withdrawn or superseded; APPLIED: made directly, no decision needed. */
public enum ProposalStatus {
	OPEN, APPROVED, REJECTED, WITHDRAWN, SUPERSEDED, APPLIED;

	public String messageKey() {
		return "proposal.status." + name();
	}
}
