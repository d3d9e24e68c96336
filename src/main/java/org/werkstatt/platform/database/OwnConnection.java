package org.werkstatt.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A database connection outside the pool (with the pool's address, credentials and driver settings), for a thread that works for the whole node for as long as it runs (a
 * batch writer, a listener): held from the pool it would take a connection away from the requests for good. It
 * is opened on first use and, after a failure, opened again on the next use when it no longer answers. Not
 * thread-safe: one thread uses it.
 */
public final class OwnConnection implements AutoCloseable {

	private final DataSource dataSource;
	private final boolean autoCommit;
	private @Nullable Connection connection;

	/**
	 * @param autoCommit whether each statement commits on its own (a listener) or the holder commits (a writer)
	 */
	public OwnConnection(DataSource dataSource, boolean autoCommit) {
		this.dataSource = dataSource;
		this.autoCommit = autoCommit;
	}

	/** Opens a connection outside the pool, with the pool's address and credentials when it has them. */
	public static Connection open(DataSource dataSource) throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
			if (hikari.getJdbcUrl() != null) {
				Properties properties = new Properties();
				properties.putAll(hikari.getDataSourceProperties());
				if (hikari.getUsername() != null) {
					properties.setProperty("user", hikari.getUsername());
				}
				if (hikari.getPassword() != null) {
					properties.setProperty("password", hikari.getPassword());
				}
				return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
			}
		}
		return dataSource.getConnection();
	}

	/** The connection, opened when there is none. */
	public Connection get() throws SQLException {
		Connection open = connection;
		if (open == null) {
			open = open(dataSource);
			open.setAutoCommit(autoCommit);
			connection = open;
		}
		return open;
	}

	/** After a failed statement: rolls back, and closes the connection when it no longer answers. */
	public void rollbackOrReconnect() {
		Connection open = connection;
		if (open == null) {
			return;
		}
		try {
			if (!autoCommit) {
				open.rollback();
			}
			if (open.isValid(2)) {
				return;
			}
		}
		catch (SQLException e) {
			// closed below, and opened again on the next use
		}
		close();
	}

	@Override
	public void close() {
		Connection open = connection;
		connection = null;
		if (open != null) {
			try {
				open.close();
			}
			catch (SQLException e) {
				// gone already
			}
		}
	}
}
