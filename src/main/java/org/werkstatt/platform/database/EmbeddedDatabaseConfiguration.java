package org.werkstatt.platform.database;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL in a data directory when no {@code spring.datasource.url} is set,
 * so that {@code ./mvnw spring-boot:run} needs nothing installed. The data survives a restart; a
 * second process on the same directory is refused by {@link DataDirectoryLock}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) throws IOException {
		return EmbeddedDatabase.start(properties.dataDir());
	}

	/** A Hikari pool on the embedded server; {@code spring.datasource.hikari.*} settings apply as usual. */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setDriverClassName("org.postgresql.Driver");
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(EmbeddedDatabase.USER);
		dataSource.setPassword("");
		dataSource.setPoolName("werkstatt-embedded");
		return dataSource;
	}

}
