package org.werkstatt.cooperation.participant;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One page of an agreement's participant list, of one status or of all: what {@link ParticipantAccess#listPage} reads,
 * shows and names in the access log. Read from the address's {@code status} and {@code page}; a value that is none of
 * them shows everyone, a page beyond the last shows the last.
 */
public final class ListPage {

	static final int SIZE = 50;

	private final @Nullable ParticipantStatus status;
	private final int requested;
	private int matching;
	private int number;

	private ListPage(@Nullable ParticipantStatus status, int requested) {
		this.status = status;
		this.requested = requested;
		this.number = Math.max(1, requested);
	}

	static ListPage of(@Nullable String status, @Nullable String page) {
		return new ListPage(status(status), number(page));
	}

	/** Takes the count of participants the person may list with the status; a page beyond the last becomes the last. */
	void counted(int matching) {
		this.matching = matching;
		this.number = Math.min(Math.max(1, requested), pages());
	}

	/** Where the page starts among the matching participants by name. */
	int offset() {
		return (number - 1) * SIZE;
	}

	@Nullable
	public ParticipantStatus status() {
		return status;
	}

	/** How many participants of the status (or in all) the person may list. */
	public int matching() {
		return matching;
	}

	public int number() {
		return number;
	}

	public int pages() {
		return Math.max(1, (matching + SIZE - 1) / SIZE);
	}

	private static @Nullable ParticipantStatus status(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return ParticipantStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException notOne) {
			return null;
		}
	}

	private static int number(@Nullable String value) {
		try {
			return value == null ? 1 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}
}
