package org.werkstatt.platform.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unknown site language into a short, clear start-up message instead of a stack trace. */
class UnknownSiteLanguageFailureAnalyzer extends AbstractFailureAnalyzer<UnknownSiteLanguageException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownSiteLanguageException cause) {
		return new FailureAnalysis(
				"Werkstatt did not start: WERKSTATT_DEFAULT_LANGUAGE is '" + cause.value()
						+ "', a language the interface does not speak.",
				"Set WERKSTATT_DEFAULT_LANGUAGE to de (German), da (Danish) or en (English), or leave it unset for German.",
				cause);
	}
}
