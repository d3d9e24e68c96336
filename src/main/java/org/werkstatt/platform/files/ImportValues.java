package org.werkstatt.platform.files;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.werkstatt.platform.web.LocaleNumbers;

/**
 * How every import reads a heading, a date and a number, whatever the module: headings without case, spaces
 * and punctuation; dates ISO ({@code 2026-03-31}), German/Danish ({@code 31.03.2026}) or (in a workbook) day
 * numbers; numbers in either way of writing as long as they read one way only.
 */
public final class ImportValues {

	private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private ImportValues() {
	}

	/** Lower case, without anything that is not a letter or digit ("Fortschritt (%)" → "fortschritt"). */
	public static String heading(String heading) {
		String text = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder letters = new StringBuilder(text.length());
		text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		return letters.toString();
	}

	/** A date as ISO, as {@code d.M.yyyy}, or (in a workbook) as a day number counted the way Excel does. */
	public static @Nullable LocalDate date(String value, boolean spreadsheet) {
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(value);
			}
			if (value.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
				return LocalDate.parse(value, DOTTED);
			}
			if (spreadsheet && value.matches("\\d{1,6}(\\.\\d+)?")) {
				long days = new BigDecimal(value).longValue();
				return days >= 1 && days < 2_958_466 ? EXCEL_EPOCH.plusDays(days) : null;
			}
		}
		catch (DateTimeParseException e) {
			return null;
		}
		return null;
	}

	/**
	 * A number as {@link LocaleNumbers#parseEither} reads it: German/Danish ({@code 1.234,5}) or English
	 * ({@code 1,234.5}) whatever the importing person's language, thousands grouped in threes only; a number
	 * that reads two ways ({@code 25.000}) is read in the importing person's language (25000 in German, 25
	 * in English). An apostrophe groups thousands too.
	 */
	public static @Nullable BigDecimal number(String value) {
		return LocaleNumbers.parseEither(value.replace('\'', ' '), LocaleContextHolder.getLocale());
	}
}
