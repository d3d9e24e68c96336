package org.werkstatt.platform.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One-line notices shown on the page a form redirects to, as a message key. */
public final class Flash {

	public static final String ATTRIBUTE = "notice";
	public static final String PROBLEM = "problem";

	private Flash() {
	}

	public static void notice(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute(ATTRIBUTE, messageKey);
	}

	/** A one-line notice that something was not done, and why. */
	public static void problem(RedirectAttributes attributes, String messageKey) {
		attributes.addFlashAttribute(PROBLEM, messageKey);
	}
}
