package org.werkstatt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-stack tests: the whole application on a real port, with the embedded PostgreSQL
 * in a fresh data directory per test run (under {@code target/test-data}) and the demo loaded. All
 * subclasses share one application context, so the database starts once per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(QueryCount.class)
public abstract class FullStackTest {

	public static final Path TEST_DATA = Path.of("target", "test-data");
	private static final Path RUN_DIR = TEST_DATA.resolve("run-" + ProcessHandle.current().pid());

	static {
		removeOldRuns();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("werkstatt.database.data-dir", () -> RUN_DIR.resolve("postgres").toString());
		registry.add("werkstatt.demo", () -> "true");
	}

	private static void removeOldRuns() {
		if (!Files.isDirectory(TEST_DATA)) {
			return;
		}
		try (Stream<Path> runs = Files.list(TEST_DATA)) {
			runs.filter(p -> p.getFileName().toString().startsWith("run-") && !p.equals(RUN_DIR))
				.filter(FullStackTest::ownerIsGone)
				.forEach(FullStackTest::deleteQuietly);
		}
		catch (IOException e) {
			// old runs stay; they only take disk space
		}
	}

	/** A new, empty data directory for a test that starts its own database. */
	public static Path newDataDirectory(String prefix) throws IOException {
		Files.createDirectories(TEST_DATA);
		return Files.createTempDirectory(TEST_DATA.toAbsolutePath(), prefix).resolve("postgres");
	}

	/** A run directory is named after the test process; another run still going keeps its data. */
	private static boolean ownerIsGone(Path run) {
		try {
			long pid = Long.parseLong(run.getFileName().toString().substring("run-".length()));
			return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	public static void deleteQuietly(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// best effort
		}
	}
}
