package org.werkstatt.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werkstatt.FullStackTest;

/** The embedded PostgreSQL keeps its data across restarts, writes commits to disk and refuses a second user of its directory. */
class EmbeddedDatabaseTests {

	private Path dataDir;

	@BeforeEach
	void newDirectory() throws IOException {
		dataDir = FullStackTest.newDataDirectory("embedded-");
	}

	@AfterEach
	void removeDirectory() {
		FullStackTest.deleteQuietly(dataDir.getParent());
	}

	@Test
	void dataSurvivesARestart() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
			execute(database, "create table note (text varchar(100))", "insert into note values ('kept')");
		}
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
			assertThat(query(database, "select text from note")).containsExactly("kept");
		}
	}

	/**
	 * A commit is on disk when it returns: the library behind the embedded server starts PostgreSQL with fsync off
	 * (fit for throw-away test databases, not for a node's data: an operating-system crash or power cut could lose
	 * committed rows of the access log or leave the cluster unreadable).
	 */
	@Test
	void commitsAreWrittenToDiskBeforeTheyReturn() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
			assertThat(query(database, "select setting from pg_settings where name in ('fsync', 'synchronous_commit', "
					+ "'full_page_writes') order by name")).containsExactly("on", "on", "on");
		}
	}

	@Test
	void secondStartInTheSameProcessIsRefused() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
			execute(first, "create table note (text varchar(100))", "insert into note values ('first')");
			assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir)).isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining("already in use");
			assertThat(query(first, "select text from note")).containsExactly("first");
		}
	}

	@Test
	void secondProcessStopsWithAClearMessageAndHarmsNothing() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
			execute(first, "create table note (text varchar(100))", "insert into note values ('first')");
			Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), SecondProcess.class.getName(), dataDir.toString())
				.redirectErrorStream(true)
				.start();
			assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
			String output = new String(second.getInputStream().readAllBytes());
			assertThat(second.exitValue()).as(output).isEqualTo(3);
			assertThat(output).contains("already in use by another Werkstatt process");
			assertThat(query(first, "select text from note")).containsExactly("first");
		}
	}

	@Test
	void stopsCleanlySoTheNextStartNeedsNoRecovery() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
			execute(database, "create table note (text varchar(100))");
		}
		assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void stopsAServerThatACrashedProcessLeftRunning() throws Exception {
		Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CrashingProcess.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(crashed.getInputStream().readAllBytes());
		assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("halting");
		long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlived its process").contains(true);
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
			assertThat(query(database, "select text from note")).containsExactly("before the crash");
		}
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	/** Run in its own JVM: starts the server, writes a row, and dies without stopping the server. */
	public static final class CrashingProcess {

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
			execute(database, "create table note (text varchar(100))", "insert into note values ('before the crash')");
			System.out.println("halting");
			System.out.flush();
			Runtime.getRuntime().halt(9);
		}
	}

	/** Run in its own JVM: tries to start on a directory that the test process holds. */
	public static final class SecondProcess {

		public static void main(String[] args) throws IOException {
			try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]))) {
				System.out.println("started, which must not happen");
				System.exit(1);
			}
			catch (DataDirectoryInUseException e) {
				System.out.println(e.getMessage());
				System.exit(3);
			}
		}
	}

	private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static List<String> query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new java.util.ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}
}
