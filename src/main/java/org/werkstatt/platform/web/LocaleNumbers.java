package org.werkstatt.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as people type them, read strictly in the reader's language: German and Danish write
 * {@code 1.234,5}, English {@code 1,234.5}. Thousands may be grouped by the language's grouping sign (or a
 * space) in groups of three only, the decimal sign comes once, a minus sign may lead. Anything else is
 * refused with a {@link NumberInputException} that says what the text could have meant, never guessed:
 * {@code 1234.5} in German is neither 12345 nor 1234,5 until the person says so.
 */
public final class LocaleNumbers {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(G\\d{3})+");

	private LocaleNumbers() {
	}

	/** The decimal sign of the language: a comma in German and Danish, a point in English. */
	public static char decimalSign(Locale locale) {
		return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
	}

	/** The grouping sign of the language: a point in German and Danish, a comma in English. */
	public static char groupingSign(Locale locale) {
		return decimalSign(locale) == ',' ? '.' : ',';
	}

	/**
	 * The number in the text, read in the locale, with at most {@code maxDecimals} places after the decimal
	 * sign; {@code null} for a blank text.
	 * @throws NumberInputException when the text is no number in this language, or has too many decimals
	 */
	public static @Nullable BigDecimal parse(@Nullable String text, Locale locale, int maxDecimals) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String raw = text.strip();
		char decimal = decimalSign(locale);
		char grouping = groupingSign(locale);
		BigDecimal number = read(raw, decimal, grouping);
		if (number == null) {
			// what else it could have meant: the signs the other way round, or every sign a grouping
			BigDecimal otherWay = read(raw, grouping, decimal);
			BigDecimal digitsOnly = read(raw.replace(String.valueOf(decimal), "").replace(String.valueOf(grouping), ""),
					decimal, grouping);
			if (otherWay != null && digitsOnly != null && otherWay.compareTo(digitsOnly) != 0) {
				throw new NumberInputException("number.separators", raw, format(otherWay, locale),
						format(digitsOnly, locale));
			}
			if (otherWay != null) {
				throw new NumberInputException("number.separatorsOne", raw, format(otherWay, locale));
			}
			throw new NumberInputException("number.invalid", raw, format(new BigDecimal("1234.5"), locale));
		}
		int decimals = Math.max(0, number.stripTrailingZeros().scale());
		if (decimals > maxDecimals) {
			throw maxDecimals == 0 ? new NumberInputException("number.whole", raw)
					: new NumberInputException("number.decimals", raw, String.valueOf(maxDecimals));
		}
		return number;
	}

	/**
	 * A number from a file, whoever wrote it: read the German and Danish way ({@code 1.234,5}) and the English
	 * way ({@code 1,234.5}); taken if it reads one way only or both ways alike ({@code 1234}, {@code 1234,5},
	 * {@code 1,234.5}); a number that reads as two different ones ({@code 1.234} is 1234 or 1.234) is read in
	 * the language given; null if it is no number. Spaces group thousands in both.
	 */
	public static @Nullable BigDecimal parseEither(String text, Locale locale) {
		String raw = text.strip();
		BigDecimal comma = read(raw, ',', '.');
		BigDecimal point = read(raw, '.', ',');
		if (comma != null && point != null) {
			return decimalSign(locale) == ',' ? comma : point;
		}
		return comma != null ? comma : point;
	}

	/** The number written the way the locale writes it, with grouping. */
	public static String format(BigDecimal number, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
		String plain = format.format(number);
		char decimal = decimalSign(locale);
		char grouping = groupingSign(locale);
		StringBuilder out = new StringBuilder(plain.length());
		for (char c : plain.toCharArray()) {
			out.append(c == ',' ? grouping : c == '.' ? decimal : c);
		}
		return out.toString();
	}

	/** The number if the text follows these signs strictly, else null. */
	private static @Nullable BigDecimal read(String text, char decimal, char grouping) {
		String value = text.replace('\u2212', '-').replaceAll("[\\u00A0\\u202F ]", String.valueOf(grouping));
		boolean negative = value.startsWith("-");
		if (negative || value.startsWith("+")) {
			value = value.substring(1);
		}
		String whole = value;
		String fraction = "";
		int at = value.indexOf(decimal);
		if (at >= 0) {
			whole = value.substring(0, at);
			fraction = value.substring(at + 1);
			if (!DIGITS.matcher(fraction).matches()) {
				return null;
			}
		}
		boolean plain = DIGITS.matcher(whole).matches();
		boolean grouped = GROUPED.matcher(whole.replace(grouping, 'G')).matches();
		if (!plain && !grouped) {
			return null;
		}
		String digits = whole.replace(String.valueOf(grouping), "") + (fraction.isEmpty() ? "" : "." + fraction);
		BigDecimal number = new BigDecimal(digits);
		return negative ? number.negate() : number;
	}
}
