package org.werkstatt.cooperation.participant;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.werkstatt.cooperation.agreement.Agreement;

/**
 * One page of an agreement's participant list, of one status or of all: what {@link ParticipantAccess#list} shows
 * and names in the access log. Read from the address's {@code status} and {@code page}; a value that is none of
 * them shows everyone, a page beyond the last shows the last.
 */
public final class ListPage implements ParticipantAccess.Shown {

	static final int SIZE = 50;

	private final @Nullable ParticipantStatus status;
	private final int requested;
	private int matching;
	private int number = 1;

	private ListPage(@Nullable ParticipantStatus status, int requested) {
		this.status = status;
		this.requested = requested;
	}

	static ListPage of(@Nullable String status, @Nullable String page) {
		return new ListPage(status(status), number(page));
	}

	@Override
	public List<Participant> of(List<Participant> listable, Agreement agreement, AccessDecision decision) {
		List<Participant> of = status == null ? listable : listable.stream().filter(p -> p.status() == status).toList();
		matching = of.size();
		number = Math.min(Math.max(1, requested), pages());
		return of.subList((number - 1) * SIZE, Math.min(of.size(), number * SIZE));
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
