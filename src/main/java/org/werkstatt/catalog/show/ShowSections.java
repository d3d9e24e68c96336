package org.werkstatt.catalog.show;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.workshop.EventPageSection;

/**
 * The catalog's part of an event's page: the published offers of its product show, each linking to its page,
 * with provider, presenter, time slot and stand, a link to mark interest, and the show on the big screen. The
 * workshop's own free-text showcase stays for things not in the catalog.
 */
@Component
class ShowSections implements EventPageSection {

	private final ShowStore shows;
	private final Organisations organisations;
	private final MessageSource messages;

	ShowSections(ShowStore shows, Organisations organisations, MessageSource messages) {
		this.shows = shows;
		this.organisations = organisations;
		this.messages = messages;
	}

	@Override
	public List<Section> ofEvent(UUID eventId) {
		List<ShowEntry> entries = shows.publicOf(eventId);
		if (entries.isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<UUID, String> providers = organisations.byIds(entries.stream().map(ShowEntry::organisationId).distinct().toList())
			.values()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
		List<Entry> list = new ArrayList<>();
		for (ShowEntry entry : entries) {
			String interest = "/events/" + eventId + "/offers/" + entry.offerId() + "/interest";
			List<Link> links = new ArrayList<>();
			links.add(new Link(message("catalog.show.markInterest", locale), interest));
			if (list.isEmpty()) {
				links.add(new Link(message("catalog.show.openScreen", locale), "/events/" + eventId + "/offers/screen"));
			}
			list.add(new Entry(entry.title(), entry.offerHref(), line(entry, providers.get(entry.organisationId()), locale),
					links));
		}
		return List.of(new Section(message("catalog.show.sectionHeading", locale), list));
	}

	@Override
	public List<Section> ofSeries(UUID seriesId) {
		return List.of();
	}

	/** "Bildungswerk am Kai · presented by Ada Aksoy · 10:00–10:30 · stand 3". */
	private String line(ShowEntry entry, String provider, Locale locale) {
		return Stream.of(provider,
				entry.presenter() == null ? null : message("catalog.show.presentedBy", locale, entry.presenter()),
				entry.slot(), entry.stand() == null ? null : message("catalog.show.atStand", locale, entry.stand()))
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" · "));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
