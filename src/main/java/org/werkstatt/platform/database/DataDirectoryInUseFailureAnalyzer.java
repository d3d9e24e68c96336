package org.werkstatt.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused data directory into a short, clear start-up message instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(
				"Werkstatt did not start: its data directory " + cause.dataDir()
						+ " is already used by another running Werkstatt process. Nothing was changed.",
				"Stop the other process first, or start this one on another directory with WERKSTATT_DATA_DIR=/some/other/dir.",
				cause);
	}
}
