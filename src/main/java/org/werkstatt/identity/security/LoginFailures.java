package org.werkstatt.identity.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Failed logins per e-mail and client address, kept for a day (see {@link LoginThrottle}). */
@Component
class LoginFailures {

	private final JdbcClient jdbc;

	LoginFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean blocked(String email, String client) {
		return jdbc.sql("""
				select count(*) filter (where client = ?) >= ? or count(*) >= ?
				from login_failure where email = ? and failed_at > now() - make_interval(secs => ?)""")
			.params(client, LoginThrottle.PER_CLIENT, LoginThrottle.PER_EMAIL, email, LoginThrottle.WINDOW.toSeconds())
			.query(Boolean.class)
			.single();
	}

	void recordFailure(String rawEmail, String client) {
		String email = LoginThrottle.normalised(rawEmail);
		if (email == null) {
			return;
		}
		jdbc.sql("delete from login_failure where failed_at < now() - interval '1 day'").update();
		jdbc.sql("insert into login_failure (email, client) values (?, ?)").params(email, truncate(client)).update();
	}

	void recordSuccess(String rawEmail, String client) {
		String email = LoginThrottle.normalised(rawEmail);
		if (email != null) {
			jdbc.sql("delete from login_failure where email = ? and client = ?").params(email, truncate(client)).update();
		}
	}

	private static String truncate(String client) {
		return client.length() > 64 ? client.substring(0, 64) : client;
	}
}
