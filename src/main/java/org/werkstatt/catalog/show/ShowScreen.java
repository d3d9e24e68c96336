package org.werkstatt.catalog.show;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.QrCodeSvg;
import org.werkstatt.platform.web.SiteAddress;
import org.werkstatt.workshop.EventSummary;

/**
 * The product show on the big screen ({@code /events/{eventId}/offers/screen}) and on a tablet at the entrance
 * ({@code ?kiosk=1}): the published offers one by one ({@code ?slide=N}, from 1), each with a QR code to its
 * page. Previous and next are links, which the arrow, space and page keys follow ({@code present.js}); the
 * kiosk moves on by itself ({@code offer-show.js}) and starts again after the last. Whoever may open the
 * event's page may open its show.
 */
@Controller
class ShowScreen {

	/** Seconds an offer stays on the kiosk. */
	static final int KIOSK_SECONDS = 12;

	private final ShowAccess access;
	private final ShowStore shows;
	private final Organisations organisations;
	private final SiteAddress site;

	ShowScreen(ShowAccess access, ShowStore shows, Organisations organisations, SiteAddress site) {
		this.access = access;
		this.shows = shows;
		this.organisations = organisations;
		this.site = site;
	}

	/** A slide number that is no number, or out of range, shows the nearest slide rather than an error. */
	@GetMapping("/events/{eventId}/offers/screen")
	String screen(@PathVariable UUID eventId, @RequestParam(required = false) @Nullable String slide,
			@RequestParam(required = false) @Nullable String kiosk, Model model) {
		EventSummary event = access.visibleEvent(eventId);
		List<ShowEntry> entries = shows.publicOf(eventId);
		int count = entries.size();
		int number = count == 0 ? 0 : Math.clamp(number(slide), 1, count);
		ShowEntry entry = count == 0 ? null : entries.get(number - 1);
		boolean isKiosk = "1".equals(kiosk) || "true".equals(kiosk);
		model.addAttribute("event", event);
		model.addAttribute("count", count);
		model.addAttribute("number", number);
		model.addAttribute("entry", entry);
		model.addAttribute("kiosk", isKiosk);
		model.addAttribute("seconds", KIOSK_SECONDS);
		model.addAttribute("offerUrl", entry == null ? null : site.link(entry.offerHref()));
		model.addAttribute("provider", entry == null ? null
				: organisations.byId(entry.organisationId()).map(OrganisationSummary::name).orElse(""));
		String base = "/events/" + eventId + "/offers/screen?" + (isKiosk ? "kiosk=1&" : "") + "slide=";
		model.addAttribute("previous", number > 1 ? base + (number - 1) : null);
		model.addAttribute("next", number < count ? base + (number + 1) : null);
		// the kiosk starts again after the last offer
		model.addAttribute("advance", count == 0 ? null : base + (number < count ? number + 1 : 1));
		model.addAttribute("first", base + 1);
		model.addAttribute("last", base + Math.max(count, 1));
		model.addAttribute("other", "/events/" + eventId + "/offers/screen?" + (isKiosk ? "" : "kiosk=1&") + "slide="
				+ Math.max(number, 1));
		return "catalog/show/screen";
	}

	/** The QR code of an offer's page, with the site's address, never the request's. */
	@GetMapping(value = "/events/{eventId}/offers/{offerId}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qr(@PathVariable UUID eventId, @PathVariable UUID offerId) {
		access.visibleEvent(eventId);
		ShowEntry entry = shows.publicOf(eventId)
			.stream()
			.filter(e -> e.offerId().equals(offerId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		String url = site.link(entry.offerHref());
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noCache())
			.body(QrCodeSvg.of(url, url));
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
