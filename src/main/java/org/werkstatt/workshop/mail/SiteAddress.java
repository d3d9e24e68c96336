package org.werkstatt.workshop.mail;

import org.springframework.stereotype.Component;

/**
 * The site's address for links in mails: {@code WERKSTATT_BASE_URL} (by default the local address). Never
 * the address a request came in on: anyone can send a request with another {@code Host} header, and a
 * registration made that way would mail the organiser's cancel link pointing elsewhere.
 */
@Component
public class SiteAddress {

	private final String base;

	SiteAddress(MailSettings settings) {
		this.base = settings.baseUrl().strip().replaceAll("/+$", "");
	}

	/** Without a trailing slash. */
	public String base() {
		return base;
	}
}
