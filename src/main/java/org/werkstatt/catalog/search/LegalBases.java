package org.werkstatt.catalog.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The labels of the legal bases in the reader's language, by code, in the site's order (one query). */
@Component
class LegalBases {

	private final JdbcClient jdbc;

	LegalBases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> labels(Locale locale) {
		String column = switch (locale.getLanguage()) {
			case "da" -> "label_da";
			case "en" -> "label_en";
			default -> "label_de";
		};
		Map<String, String> labels = new LinkedHashMap<>();
		jdbc.sql("select code, " + column + " as label from legal_basis order by position, code")
			.query(rs -> {
				labels.put(rs.getString("code"), rs.getString("label"));
			});
		return labels;
	}
}
