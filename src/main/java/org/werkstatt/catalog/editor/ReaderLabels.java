package org.werkstatt.catalog.editor;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.Accessibility;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Funding;
import org.werkstatt.catalog.offer.TargetGroup;
import org.werkstatt.catalog.offer.TimeModel;
import org.werkstatt.platform.web.SiteTime;

/** The labels of a difference in the reader's language, from the message bundles and the legal basis table. */
@Component
class ReaderLabels {

	private final MessageSource messages;
	private final SiteLegalBases legalBases;
	private final SiteTime siteTime;

	ReaderLabels(MessageSource messages, SiteLegalBases legalBases, SiteTime siteTime) {
		this.messages = messages;
		this.legalBases = legalBases;
		this.siteTime = siteTime;
	}

	/** Labels for one page: the legal bases are read once. */
	DiffLabels forPage() {
		Map<String, String> bases = legalBases.labels();
		return new DiffLabels() {

			@Override
			public String vocabulary(Enum<?> value) {
				String key = switch (value) {
					case Format f -> f.messageKey();
					case TimeModel t -> t.messageKey();
					case Funding f -> f.messageKey();
					case Accessibility a -> a.messageKey();
					case TargetGroup g -> g.messageKey();
					default -> value.name();
				};
				return message(key);
			}

			@Override
			public String legalBasis(String code) {
				return bases.getOrDefault(code, code);
			}

			@Override
			public String language(String code) {
				return message("catalog.editor.language." + code);
			}

			@Override
			public String day(LocalDate day) {
				return siteTime.day(day);
			}

			@Override
			public String hours(int hours) {
				return messages.getMessage("catalog.editor.hours", new Object[] { hours }, LocaleContextHolder.getLocale());
			}
		};
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
