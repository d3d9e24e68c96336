package org.werkstatt.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The site's default language ({@code WERKSTATT_DEFAULT_LANGUAGE}, German when unset): the language of
 * a visitor whose browser asks for none the interface speaks, and the version of an organisation's text
 * shown when the reader's is missing. An unknown value stops the start with a clear message
 * ({@link UnknownSiteLanguageFailureAnalyzer}): a site meant to speak Danish must not quietly speak German.
 * Used from templates as {@code @siteLanguage}.
 */
@Component("siteLanguage")
public class SiteLanguage {

	private final Language siteDefault;

	SiteLanguage(@Value("${werkstatt.language.site-default:de}") String code) {
		this.siteDefault = Language.of(code).orElseThrow(() -> new UnknownSiteLanguageException(code));
	}

	public static SiteLanguage of(Language siteDefault) {
		return new SiteLanguage(siteDefault.code());
	}

	public Language siteDefault() {
		return siteDefault;
	}

	/** The language of the page being rendered (the resolved one: choice, browser or site default). */
	public Language reader() {
		return Language.of(LocaleContextHolder.getLocale().getLanguage()).orElse(siteDefault);
	}

	/**
	 * The language code of the version the reader sees when it is not the page's own language (for a
	 * {@code lang} attribute, so that a screen reader pronounces it right); null otherwise.
	 */
	public @Nullable String languageOf(@Nullable Texts texts) {
		Language shown = texts == null ? null : texts.shownTo(reader(), siteDefault);
		return shown == null || shown == reader() ? null : shown.code();
	}

	/** A language a text has no version in, and the language of the version its readers see instead. */
	public record Missing(Language missing, Language shownInstead) {
	}

	/** The versions a text lacks (none when it is empty), for the hints on the editor's page. */
	public List<Missing> missing(@Nullable Texts texts) {
		if (texts == null) {
			return List.of();
		}
		return texts.missing().stream().map(l -> new Missing(l, texts.shownTo(l, siteDefault))).toList();
	}

	/** The languages in the order an editor fills them in: the site default first. */
	public List<Language> editingOrder() {
		return Stream.concat(Stream.of(siteDefault), Arrays.stream(Language.values()).filter(l -> l != siteDefault)).toList();
	}

	/** The reader's version of a text, or the site default's, or any there is; null when there is none. */
	public @Nullable String text(@Nullable Texts texts) {
		return texts == null ? null : texts.in(reader(), siteDefault);
	}
}
