package org.werkstatt.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running embedded PostgreSQL server on a persistent data directory, listening on loopback only.
 * Closing it stops the server cleanly ({@code pg_ctl stop -m fast}) and releases the directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String USER = "postgres";
	private static final String DATABASE = "postgres";
	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres server;
	private final DataDirectoryLock lock;

	private EmbeddedDatabase(EmbeddedPostgres server, DataDirectoryLock lock) {
		this.server = server;
		this.lock = lock;
	}

	/**
	 * Starts the server on the given directory, creating the cluster on first use.
	 *
	 * @throws DataDirectoryInUseException if another process already uses the directory
	 */
	public static EmbeddedDatabase start(Path dataDir) throws IOException {
		Path directory = dataDir.toAbsolutePath().normalize();
		Files.createDirectories(directory.getParent());
		DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
		try {
			stopOrphanedServer(directory);
			boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
			log.info("Starting embedded PostgreSQL in {} ({})", directory, fresh ? "new data directory" : "existing data");
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (System.getenv("WERKSTATT_DB_STATEMENT_STATS") != null) {
				builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
			}
			EmbeddedPostgres server = builder
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("listen_addresses", "127.0.0.1")
				// the library's default is fsync off, for throw-away databases: a node's data must survive a crash
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "200")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			return new EmbeddedDatabase(server, lock);
		}
		catch (IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/**
	 * A PostgreSQL still running on the directory although we hold its lock was left behind by a
	 * Werkstatt process that died without stopping it (killed, power cut). Nobody else may use it,
	 * so it is stopped (SIGTERM: finish, then shut down) before a new server starts.
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
		}
		catch (RuntimeException unreadable) {
			return;
		}
		ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
			.ifPresent(orphan -> {
				log.warn("Stopping PostgreSQL process {} left running on {} by an earlier Werkstatt process", pid, directory);
				orphan.destroy();
				try {
					orphan.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception e) {
					throw new IllegalStateException("Could not stop the PostgreSQL process " + pid + " left on " + directory, e);
				}
			});
	}

	public String jdbcUrl() {
		return server.getJdbcUrl(USER, DATABASE);
	}

	@Override
	public void close() throws IOException {
		try {
			log.info("Stopping embedded PostgreSQL");
			server.close();
		}
		finally {
			lock.close();
		}
	}
}
