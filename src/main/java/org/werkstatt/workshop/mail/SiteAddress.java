package org.werkstatt.workshop.mail;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The site's address for links in mails: {@code WERKSTATT_BASE_URL}, else the one the request came in on. */
@Component
public class SiteAddress {

	private final MailSettings settings;

	SiteAddress(MailSettings settings) {
		this.settings = settings;
	}

	/** Without a trailing slash; empty when neither is known (a scheduled job without the setting). */
	public String base() {
		if (!settings.baseUrl().isBlank()) {
			return settings.baseUrl().strip().replaceAll("/+$", "");
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			return "";
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
