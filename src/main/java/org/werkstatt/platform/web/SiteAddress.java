package org.werkstatt.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's public address, {@code WERKSTATT_BASE_URL} (property {@code werkstatt.base-url}, by default the
 * local address), for every link that leaves the site: in mails, QR codes, calendar files, embed codes. Never
 * the address a request came in on: anyone can send a request with another {@code Host} header, and a link
 * made from it would end up in a printed QR code or an organiser's mail pointing elsewhere.
 */
@Component
public class SiteAddress {

	private final String base;

	SiteAddress(@Value("${werkstatt.base-url}") String base) {
		this.base = base.strip().replaceAll("/+$", "");
	}

	/** Without a trailing slash. */
	public String base() {
		return base;
	}

	/** The full address of a path on this site, e.g. {@code link("/join/DEMO")}. */
	public String link(String path) {
		return base + (path.startsWith("/") ? path : "/" + path);
	}
}
