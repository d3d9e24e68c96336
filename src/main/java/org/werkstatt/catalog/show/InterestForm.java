package org.werkstatt.catalog.show;

import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * "I am interested", with an optional name and contact (an e-mail address or a phone number) that are kept only
 * with the visitor's consent.
 */
record InterestForm(@Size(max = 200, message = "{validation.tooLong}") @Nullable String name,
		@Size(max = 254, message = "{validation.tooLong}") @Nullable String contact, @Nullable Boolean consent) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s?&]+@[^@\\s?&]+\\.[^@\\s?&]+$");
	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()/.\\-]{6,30}$");

	static InterestForm empty() {
		return new InterestForm("", "", false);
	}

	boolean consented() {
		return Boolean.TRUE.equals(consent);
	}

	/** Whether a name or a contact was typed. */
	boolean hasContact() {
		return ShowForm.clean(name) != null || ShowForm.clean(contact) != null;
	}

	/** An e-mail address or a phone number with at least six digits. */
	static boolean validContact(String text) {
		return EMAIL.matcher(text).matches()
				|| PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 6;
	}
}
