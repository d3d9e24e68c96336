package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Numbers are read strictly in the reader's language; what does not fit is refused with what it could mean. */
class LocaleNumbersTests {

	private static final Locale DE = Locale.GERMAN;

	private static final Locale DA = Locale.of("da");

	private static final Locale EN = Locale.ENGLISH;

	@Test
	void readsGermanAndDanishWithCommaDecimalAndPointGroups() {
		for (Locale locale : new Locale[] { DE, DA }) {
			assertThat(LocaleNumbers.parse("1.234,5", locale, 2)).isEqualByComparingTo("1234.5");
			assertThat(LocaleNumbers.parse("1234,5", locale, 2)).isEqualByComparingTo("1234.5");
			assertThat(LocaleNumbers.parse("0,99", locale, 2)).isEqualByComparingTo("0.99");
			assertThat(LocaleNumbers.parse("1.234.567", locale, 0)).isEqualByComparingTo("1234567");
			assertThat(LocaleNumbers.parse("1 234,5", locale, 2)).isEqualByComparingTo("1234.5");
			assertThat(LocaleNumbers.parse(" 42 ", locale, 0)).isEqualByComparingTo("42");
		}
	}

	@Test
	void readsEnglishWithPointDecimalAndCommaGroups() {
		assertThat(LocaleNumbers.parse("1,234.5", EN, 2)).isEqualByComparingTo("1234.5");
		assertThat(LocaleNumbers.parse("1234.5", EN, 2)).isEqualByComparingTo("1234.5");
		assertThat(LocaleNumbers.parse("0.99", EN, 2)).isEqualByComparingTo("0.99");
		assertThat(LocaleNumbers.parse("1,234,567", EN, 0)).isEqualByComparingTo("1234567");
	}

	@Test
	void groupsOnlyInThrees() {
		assertThatThrownBy(() -> LocaleNumbers.parse("1.23.456", DE, 2)).isInstanceOf(NumberInputException.class);
		assertThatThrownBy(() -> LocaleNumbers.parse("12,34", EN, 2)).isInstanceOf(NumberInputException.class);
		assertThatThrownBy(() -> LocaleNumbers.parse("1234.567,5", DE, 2)).isInstanceOf(NumberInputException.class);
		assertThatThrownBy(() -> LocaleNumbers.parse("1.234,5,6", DA, 2)).isInstanceOf(NumberInputException.class);
	}

	@Test
	void refusesAnEnglishDecimalInGermanAndSaysWhatItCouldMean() {
		assertThatThrownBy(() -> LocaleNumbers.parse("1234.5", DE, 2)).isInstanceOfSatisfying(NumberInputException.class,
				e -> {
					assertThat(e.messageKey()).isEqualTo("number.separators");
					assertThat(e.arguments()).containsExactly("1234.5", "1.234,5", "12.345");
				});
		assertThatThrownBy(() -> LocaleNumbers.parse("0.99", DA, 2)).isInstanceOfSatisfying(NumberInputException.class,
				e -> assertThat(e.arguments()).containsExactly("0.99", "0,99", "99"));
	}

	@Test
	void refusesAGermanDecimalInEnglish() {
		assertThatThrownBy(() -> LocaleNumbers.parse("1234,5", EN, 2)).isInstanceOfSatisfying(NumberInputException.class,
				e -> assertThat(e.arguments()).containsExactly("1234,5", "1,234.5", "12,345"));
		assertThatThrownBy(() -> LocaleNumbers.parse("1.234,5", EN, 2)).isInstanceOfSatisfying(NumberInputException.class,
				e -> assertThat(e.arguments()).containsExactly("1.234,5", "1,234.5", "12,345"));
	}

	@Test
	void readsNegativeNumbers() {
		assertThat(LocaleNumbers.parse("-1.234,5", DE, 2)).isEqualByComparingTo("-1234.5");
		assertThat(LocaleNumbers.parse("\u22122,5", DA, 2)).isEqualByComparingTo("-2.5");
		assertThat(LocaleNumbers.parse("-0.5", EN, 2)).isEqualByComparingTo("-0.5");
	}

	@Test
	void refusesTooManyDecimalsForTheField() {
		assertThatThrownBy(() -> LocaleNumbers.parse("1,234", DE, 2)).isInstanceOfSatisfying(NumberInputException.class,
				e -> assertThat(e.messageKey()).isEqualTo("number.decimals"));
		assertThatThrownBy(() -> LocaleNumbers.parse("2,5", DE, 0)).isInstanceOfSatisfying(NumberInputException.class,
				e -> assertThat(e.messageKey()).isEqualTo("number.whole"));
		assertThat(LocaleNumbers.parse("2,50", DE, 1)).isEqualByComparingTo("2.5");
		assertThat(LocaleNumbers.parse("3.0", EN, 0)).isEqualByComparingTo("3");
	}

	@Test
	void refusesWhatIsNoNumberAtAll() {
		for (String text : new String[] { "abc", "1,2.3.4", "--1", "1-", ",5,", "1e5" }) {
			assertThatThrownBy(() -> LocaleNumbers.parse(text, DE, 2)).as(text).isInstanceOf(NumberInputException.class);
		}
		assertThat(LocaleNumbers.parse("  ", DE, 2)).isNull();
	}

	@Test
	void formatsTheWayTheLanguageWrites() {
		assertThat(LocaleNumbers.format(new BigDecimal("1234.5"), DE)).isEqualTo("1.234,5");
		assertThat(LocaleNumbers.format(new BigDecimal("1234.5"), DA)).isEqualTo("1.234,5");
		assertThat(LocaleNumbers.format(new BigDecimal("-1234.5"), EN)).isEqualTo("-1,234.5");
	}

	@Test
	void aFileNumberIsTakenInEitherFormAndATwoWayNumberInTheReadersLanguage() {
		assertThat(LocaleNumbers.parseEither("1.234,5", EN)).isEqualByComparingTo("1234.5");
		assertThat(LocaleNumbers.parseEither("1,234.5", DE)).isEqualByComparingTo("1234.5");
		assertThat(LocaleNumbers.parseEither("1234", DA)).isEqualByComparingTo("1234");
		assertThat(LocaleNumbers.parseEither("25.000", DE)).isEqualByComparingTo("25000");
		assertThat(LocaleNumbers.parseEither("25.000", EN)).isEqualByComparingTo("25");
		assertThat(LocaleNumbers.parseEither("1.2.3", DE)).isNull();
	}
}
