package org.werkstatt.identity.person;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.platform.security.SecretToken;

/**
 * Invitations to set a password: a random token handed out in a link, of which only the SHA-256 hash is
 * stored; valid for {@link #VALID_FOR}, used once.
 */
@Repository
public class Invitations {

	public static final Duration VALID_FOR = Duration.ofDays(14);

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new invitation for the person; the token, returned once, is the link's secret. */
	public Issued issue(UUID personId, UUID organisationId, @Nullable UUID createdBy) {
		String token = SecretToken.random();
		Instant expires = jdbc.sql("""
				insert into invitation (token_hash, person_id, organisation_id, created_by, expires_at)
				values (?, ?, ?, ?, now() + make_interval(days => ?)) returning expires_at""")
			.params(SecretToken.hash(token), personId, organisationId, createdBy, (int) VALID_FOR.toDays())
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.single();
		return new Issued(token, expires);
	}

	/** The person the token invites, if it is known, unused and not expired. */
	Optional<UUID> personOf(String token) {
		return jdbc.sql("select person_id from invitation where token_hash = ? and used_at is null and expires_at > now()")
			.param(SecretToken.hash(token))
			.query(UUID.class)
			.optional();
	}

	/** Marks the invitation used; false when it was used, expired or unknown meanwhile. */
	boolean use(String token) {
		return jdbc.sql("update invitation set used_at = now() where token_hash = ? and used_at is null and expires_at > now()")
			.param(SecretToken.hash(token))
			.update() == 1;
	}

	public record Issued(String token, Instant expiresAt) {
	}
}
