package org.werkstatt.identity;

/**
 * A page a person's roles open in an organisation.
 *
 * @param key names the page for the tabs ({@code current} in the tabs fragment)
 * @param labelKey the message key of its name
 * @param order where it stands among the organisation's pages (identity's 0–99, workshop's 100–199,
 *     planning's 200–299, catalog's 300–399, cooperation's 400–499, the public page last)
 */
public record WorkPage(String key, String labelKey, String href, int order) {
}
