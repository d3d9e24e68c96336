package org.werkstatt.cooperation.story;

/** Where a success story stands. */
enum StoryStatus {
	DRAFT, SUBMITTED, SENT_BACK, APPROVED, PUBLISHED, WITHDRAWN;

	public String messageKey() {
		return "story.status." + name();
	}

	/** The provider may change the text (a changed approved story goes back to review). */
	public boolean editable() {
		return this == DRAFT || this == SENT_BACK || this == APPROVED;
	}

	public boolean submittable() {
		return this == DRAFT || this == SENT_BACK;
	}

	public boolean reviewable() {
		return this == SUBMITTED;
	}

	public boolean publishable() {
		return this == APPROVED;
	}
}
