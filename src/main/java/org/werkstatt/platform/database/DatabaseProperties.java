package org.werkstatt.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDir the PostgreSQL data directory ({@code WERKSTATT_DATA_DIR}, default {@code ./data/postgres})
 */
@ConfigurationProperties("werkstatt.database")
public record DatabaseProperties(Path dataDir) {

	public DatabaseProperties {
		if (dataDir == null) {
			dataDir = Path.of("data", "postgres");
		}
	}
}
