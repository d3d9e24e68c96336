package org.werkstatt.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;

/**
 * A failed statement's exception does not quote the row it failed on: PostgreSQL sends the key or row as the
 * error's detail, and an exception's message ends up in the log, which takes no personal data.
 */
class ErrorDetailTests extends FullStackTest {

	private static final String INSERT = "insert into person (email, name) values (?, ?)";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aPooledConnectionsExceptionNamesNoValue() {
		String email = "detail-" + UUID.randomUUID() + "@example.org";
		jdbc.sql(INSERT).param(email).param("Ada Beispiel").update();

		assertThatThrownBy(() -> jdbc.sql(INSERT).param(email.toUpperCase()).param("Ada Beispiel").update())
			.isInstanceOf(DataAccessException.class)
			.satisfies(e -> assertThat(messages(e)).contains("person_email_uk")
				.doesNotContainIgnoringCase(email));
	}

	@Test
	void aConnectionOutsideThePoolHasTheSameSetting() throws SQLException {
		String email = "detail-" + UUID.randomUUID() + "@example.org";
		jdbc.sql(INSERT).param(email).param("Ada Beispiel").update();

		try (Connection own = OwnConnection.open(dataSource); PreparedStatement insert = own.prepareStatement(INSERT)) {
			insert.setString(1, email.toUpperCase());
			insert.setString(2, "Ada Beispiel");
			assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
				.satisfies(e -> assertThat(messages(e)).contains("person_email_uk").doesNotContainIgnoringCase(email));
		}
	}

	/** The messages of the exception and all its causes. */
	private static String messages(Throwable e) {
		StringBuilder all = new StringBuilder();
		for (Throwable each = e; each != null; each = each.getCause()) {
			all.append(each.getMessage()).append('\n');
		}
		return all.toString();
	}
}
