package org.werkstatt.platform.database;

import java.nio.file.Path;

/** Another process holds the data directory of the embedded PostgreSQL. */
public class DataDirectoryInUseException extends IllegalStateException {

	private final transient Path dataDir;

	DataDirectoryInUseException(Path dataDir) {
		super("The data directory " + dataDir + " is already in use by another Werkstatt process");
		this.dataDir = dataDir;
	}

	public Path dataDir() {
		return dataDir;
	}
}
