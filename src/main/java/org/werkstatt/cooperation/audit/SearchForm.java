package org.werkstatt.cooperation.audit;

import org.jspecify.annotations.Nullable;

/** The officer's search as typed: ids and ISO dates (date inputs), all optional; kept as typed on an error. */
public class SearchForm {

	private @Nullable String participant;
	private @Nullable String person;
	private @Nullable String organisation;
	private @Nullable String from;
	private @Nullable String to;
	private @Nullable String result;
	private @Nullable String page;

	public @Nullable String getParticipant() {
		return participant;
	}

	public void setParticipant(@Nullable String participant) {
		this.participant = participant;
	}

	public @Nullable String getPerson() {
		return person;
	}

	public void setPerson(@Nullable String person) {
		this.person = person;
	}

	public @Nullable String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable String organisation) {
		this.organisation = organisation;
	}

	public @Nullable String getFrom() {
		return from;
	}

	public void setFrom(@Nullable String from) {
		this.from = from;
	}

	public @Nullable String getTo() {
		return to;
	}

	public void setTo(@Nullable String to) {
		this.to = to;
	}

	public @Nullable String getResult() {
		return result;
	}

	public void setResult(@Nullable String result) {
		this.result = result;
	}

	public @Nullable String getPage() {
		return page;
	}

	public void setPage(@Nullable String page) {
		this.page = page;
	}

	/** The page number; anything but a small positive number is the first page. */
	int pageNumber() {
		if (page == null || !page.strip().matches("[0-9]{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page.strip()));
	}
}
