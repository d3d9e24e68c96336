package org.werkstatt.catalog.editor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.SiteLanguage;

/**
 * The legal bases the editor offers: the active ones of the site's country (Denmark's when the site speaks
 * Danish by default, Germany's otherwise) and those an offer already has, labelled in the reader's language.
 */
@Component
class SiteLegalBases {

	/** A legal basis to choose, with its label in the reader's language. */
	public record Option(String code, String label) {
	}

	private final JdbcClient jdbc;
	private final SiteLanguage siteLanguage;

	SiteLegalBases(JdbcClient jdbc, SiteLanguage siteLanguage) {
		this.jdbc = jdbc;
		this.siteLanguage = siteLanguage;
	}

	/** DK on a Danish site, DE otherwise. */
	String country() {
		return siteLanguage.siteDefault() == Language.DA ? "DK" : "DE";
	}

	/** The site country's active legal bases and the {@code chosen} ones, in the table's order. */
	List<Option> choices(Collection<String> chosen) {
		return jdbc.sql("select code, " + label() + " as label from legal_basis"
				+ " where (active and country = ?) or code = any(?) order by position, code")
			.params(country(), chosen.toArray(String[]::new))
			.query((rs, n) -> new Option(rs.getString("code"), rs.getString("label")))
			.list();
	}

	/** The label of every legal basis in the reader's language, by code. */
	Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		jdbc.sql("select code, " + label() + " as label from legal_basis order by position, code")
			.query((rs, n) -> labels.put(rs.getString("code"), rs.getString("label")))
			.list();
		return labels;
	}

	private String label() {
		return switch (siteLanguage.reader()) {
			case DA -> "label_da";
			case EN -> "label_en";
			case DE -> "label_de";
		};
	}
}
