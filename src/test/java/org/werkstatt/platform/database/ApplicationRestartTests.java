package org.werkstatt.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.Werkstatt;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.organisation.OrganisationStore;

/** The whole application on an empty data directory, then restarted on it: the data is still there. */
class ApplicationRestartTests {

	private Path dataDir;

	@BeforeEach
	void newDirectory() throws IOException {
		dataDir = FullStackTest.newDataDirectory("restart-");
	}

	@AfterEach
	void removeDirectory() {
		FullStackTest.deleteQuietly(dataDir.getParent());
	}

	@Test
	void startsOnAnEmptyDirectoryAndFindsItsDataAfterARestart() {
		try (ConfigurableApplicationContext first = start(true)) {
			assertThat(countPeople(first)).as("first admin and demo people").isEqualTo(10);
			first.getBean(OrganisationStore.class).create("kept-across-restart", OrganisationType.CIVIL_SOCIETY,
					"Verein, der bleibt", false);
		}
		try (ConfigurableApplicationContext second = start(true)) {
			assertThat(second.getBean(OrganisationStore.class).findBySlug("kept-across-restart")).isPresent();
			assertThat(countPeople(second)).as("nothing loaded twice").isEqualTo(10);
		}
	}

	@Test
	void withoutDemoOnlyThePlatformAdminIsCreated() {
		try (ConfigurableApplicationContext context = start(false)) {
			assertThat(countPeople(context)).isEqualTo(1);
			assertThat(context.getBean(OrganisationStore.class).all()).isEmpty();
		}
	}

	@Test
	void secondApplicationOnTheSameDirectoryDoesNotStart() {
		try (ConfigurableApplicationContext first = start(true)) {
			assertThatThrownBy(() -> start(true)).hasRootCauseInstanceOf(DataDirectoryInUseException.class);
			assertThat(countPeople(first)).isEqualTo(10);
		}
	}

	@Test
	void withAnExternalDatabaseNothingEmbeddedStarts() throws Exception {
		Path external = dataDir.resolveSibling("external");
		try (EmbeddedDatabase server = EmbeddedDatabase.start(external);
				ConfigurableApplicationContext context = new SpringApplicationBuilder(Werkstatt.class).run(
						"--server.port=0", "--spring.datasource.url=" + server.jdbcUrl(),
						"--spring.datasource.username=postgres", "--werkstatt.database.data-dir=" + dataDir,
						"--werkstatt.demo=true", "--spring.main.banner-mode=off")) {
			assertThat(context.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
			assertThat(dataDir).doesNotExist();
			assertThat(countPeople(context)).isEqualTo(10);
		}
	}

	private ConfigurableApplicationContext start(boolean demo) {
		// as command-line arguments, so that they win over application.yml like a deployment's settings do
		return new SpringApplicationBuilder(Werkstatt.class).run("--server.port=0",
				"--werkstatt.database.data-dir=" + dataDir, "--werkstatt.demo=" + demo, "--spring.main.banner-mode=off");
	}

	private static int countPeople(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class).sql("select count(*) from person").query(Integer.class).single();
	}
}
