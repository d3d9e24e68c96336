package org.werkstatt.platform.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every number bound from a form or a request parameter is read by {@link LocaleNumbers} in the reader's
 * language: whole numbers ({@code int}, {@code Integer}, {@code long}, {@code Long}) without decimals,
 * amounts ({@code BigDecimal}, stored as {@code numeric(14, 2)} throughout) with at most two. A number that
 * does not fit the language becomes a field error that shows what was typed and what it could have meant.
 * Property editors rather than formatters: a failed conversion would fall back to Spring's lenient number
 * editor, which reads {@code 1234.5} in any language.
 */
@ControllerAdvice
class NumberInput {

	static final int AMOUNT_DECIMALS = 2;

	@InitBinder
	void numbers(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new Whole(BigDecimal::intValueExact));
		binder.registerCustomEditor(int.class, new Whole(BigDecimal::intValueExact));
		binder.registerCustomEditor(Long.class, new Whole(BigDecimal::longValueExact));
		binder.registerCustomEditor(long.class, new Whole(BigDecimal::longValueExact));
		binder.registerCustomEditor(BigDecimal.class, new Amount());
		binder.setBindingErrorProcessor(new Errors());
	}

	/** A whole number in the reader's language. */
	private static final class Whole extends PropertyEditorSupport {

		private final Function<BigDecimal, Number> exact;

		Whole(Function<BigDecimal, Number> exact) {
			this.exact = exact;
		}

		@Override
		public void setAsText(@Nullable String text) {
			BigDecimal number = LocaleNumbers.parse(text, LocaleContextHolder.getLocale(), 0);
			try {
				setValue(number == null ? null : exact.apply(number));
			}
			catch (ArithmeticException tooLarge) {
				throw new NumberInputException("number.tooLarge", String.valueOf(text).strip());
			}
		}

		@Override
		public String getAsText() {
			return getValue() instanceof Number number
					? LocaleNumbers.format(new BigDecimal(number.toString()), LocaleContextHolder.getLocale()) : "";
		}
	}

	/** An amount with at most two decimals in the reader's language. */
	private static final class Amount extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			setValue(LocaleNumbers.parse(text, LocaleContextHolder.getLocale(), AMOUNT_DECIMALS));
		}

		@Override
		public String getAsText() {
			return getValue() instanceof BigDecimal number ? LocaleNumbers.format(number, LocaleContextHolder.getLocale())
					: "";
		}
	}

	/** Turns a {@link NumberInputException} into a field error with its own message and arguments. */
	private static final class Errors extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			NumberInputException number = cause(ex);
			if (number == null) {
				super.processPropertyAccessException(ex, result);
				return;
			}
			Object value = ex.getValue();
			if (value instanceof String[] values && values.length == 1) {
				value = values[0];
			}
			result.addError(new FieldError(result.getObjectName(), ex.getPropertyName(), value, true,
					new String[] { number.messageKey() }, number.arguments(), number.messageKey()));
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
