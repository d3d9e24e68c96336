package org.werkstatt.platform.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessException;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every number bound from a form or a request parameter is read by {@link LocaleNumbers} in the reader's
 * language: whole numbers ({@code Integer}, {@code Long}) without decimals, amounts ({@code BigDecimal},
 * stored as {@code numeric(14, 2)} throughout) with at most two. A number that does not fit the language
 * becomes a field error that shows what was typed and what it could have meant.
 */
@Configuration(proxyBeanMethods = false)
class NumberInput implements WebMvcConfigurer {

	static final int AMOUNT_DECIMALS = 2;

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Integer.class, new Whole<>(BigDecimal::intValueExact));
		registry.addFormatterForFieldType(Long.class, new Whole<>(BigDecimal::longValueExact));
		registry.addFormatterForFieldType(BigDecimal.class, new Amount());
	}

	private static final class Whole<T extends Number> implements Formatter<T> {

		private final java.util.function.Function<BigDecimal, T> exact;

		Whole(java.util.function.Function<BigDecimal, T> exact) {
			this.exact = exact;
		}

		@Override
		@SuppressWarnings("NullAway")
		public T parse(String text, Locale locale) {
			BigDecimal number = LocaleNumbers.parse(text, locale, 0);
			if (number == null) {
				return null;
			}
			try {
				return exact.apply(number);
			}
			catch (ArithmeticException tooLarge) {
				throw new NumberInputException("number.tooLarge", text.strip());
			}
		}

		@Override
		public String print(T number, Locale locale) {
			return LocaleNumbers.format(new BigDecimal(number.toString()), locale);
		}
	}

	private static final class Amount implements Formatter<BigDecimal> {

		@Override
		@SuppressWarnings("NullAway")
		public BigDecimal parse(String text, Locale locale) {
			return LocaleNumbers.parse(text, locale, AMOUNT_DECIMALS);
		}

		@Override
		public String print(BigDecimal number, Locale locale) {
			return LocaleNumbers.format(number, locale);
		}
	}

	/** Turns a {@link NumberInputException} in binding into a field error with its own message and arguments. */
	@ControllerAdvice
	static class Errors {

		@InitBinder
		void numbers(WebDataBinder binder) {
			binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
				@Override
				public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
					NumberInputException number = cause(ex);
					if (number == null) {
						super.processPropertyAccessException(ex, result);
						return;
					}
					String field = ex.getPropertyName();
					Object value = ex.getValue();
					if (value instanceof String[] values && values.length == 1) {
						value = values[0];
					}
					result.addError(new FieldError(result.getObjectName(), field, value, true,
							new String[] { number.messageKey() }, number.arguments(), number.messageKey()));
				}
			});
		}

		private static @Nullable NumberInputException cause(Throwable ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof NumberInputException number) {
					return number;
				}
			}
			return null;
		}
	}
}
