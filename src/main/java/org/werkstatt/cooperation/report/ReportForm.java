package org.werkstatt.cooperation.report;

import org.jspecify.annotations.Nullable;

/** What the provider types when submitting a report: the period, the text, the answer to a question, the confirmation. */
class ReportForm {

	static final int TEXT_LIMIT = 8000;
	static final int ANSWER_LIMIT = 4000;

	private @Nullable String period;
	private @Nullable String text;
	private @Nullable String answer;
	private boolean confirmMissing;

	public @Nullable String getPeriod() {
		return period;
	}

	public void setPeriod(@Nullable String period) {
		this.period = period;
	}

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public @Nullable String getAnswer() {
		return answer;
	}

	public void setAnswer(@Nullable String answer) {
		this.answer = answer;
	}

	public boolean isConfirmMissing() {
		return confirmMissing;
	}

	public void setConfirmMissing(boolean confirmMissing) {
		this.confirmMissing = confirmMissing;
	}
}
