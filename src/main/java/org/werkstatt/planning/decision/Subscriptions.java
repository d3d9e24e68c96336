package org.werkstatt.planning.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.platform.security.SecretToken;

/**
 * Addresses left to hear about decisions (tables {@code decision_subscription}, {@code …_idea},
 * {@code …_token}). The address is kept only until the person deletes it with the link in a mail.
 */
@Repository
class Subscriptions {

	private static final String COLUMNS = "s.id, s.organisation_id, s.event_id, s.email, s.locale";

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the address for the ideas, replacing what the same address left for the event before. */
	Subscription subscribe(UUID organisationId, UUID eventId, String email, Locale locale, Collection<UUID> ideaIds) {
		jdbc.sql("delete from decision_subscription where event_id = ? and lower(email) = lower(?)")
			.params(eventId, email)
			.update();
		UUID id = jdbc.sql("""
				insert into decision_subscription (organisation_id, event_id, email, locale) values (?, ?, ?, ?)
				returning id""")
			.params(organisationId, eventId, email, locale.toLanguageTag())
			.query(UUID.class)
			.single();
		jdbc.sql("insert into decision_subscription_idea (subscription_id, idea_id) select ?, unnest(?::uuid[])")
			.params(id, ideaIds.toArray(UUID[]::new))
			.update();
		return new Subscription(id, organisationId, eventId, email, locale);
	}

	/**
	 * How many other addresses are kept for these ideas: a participant may leave a few, not send mails to
	 * any number of strangers.
	 */
	int othersFor(Collection<UUID> ideaIds, String email) {
		return jdbc.sql("""
				select count(distinct s.id) from decision_subscription s
				  join decision_subscription_idea i on i.subscription_id = s.id
				 where i.idea_id = any (?) and lower(s.email) <> lower(?)""")
			.params(ideaIds.toArray(UUID[]::new), email)
			.query(Integer.class)
			.single();
	}

	/** A new link token for a mail to the subscription; only its hash is stored. */
	String newToken(UUID subscriptionId) {
		String token = SecretToken.random();
		jdbc.sql("insert into decision_subscription_token (token_hash, subscription_id) values (?, ?)")
			.params(SecretToken.hash(token), subscriptionId)
			.update();
		return token;
	}

	Optional<Subscription> byToken(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " " + """
				from decision_subscription s join decision_subscription_token t on t.subscription_id = s.id
				 where t.token_hash = ?""")
			.param(SecretToken.hash(token))
			.query(Subscriptions::subscription)
			.optional();
	}

	void delete(UUID subscriptionId) {
		jdbc.sql("delete from decision_subscription where id = ?").param(subscriptionId).update();
	}

	/** The subscriptions that wait for news on any of these ideas, each with those of the ideas it has. */
	Map<Subscription, List<UUID>> waitingFor(Collection<UUID> ideaIds) {
		Map<Subscription, List<UUID>> waiting = new LinkedHashMap<>();
		if (ideaIds.isEmpty()) {
			return waiting;
		}
		jdbc.sql("select " + COLUMNS + """
				, i.idea_id from decision_subscription s join decision_subscription_idea i on i.subscription_id = s.id
				 where i.idea_id = any (?) order by s.created_at, s.id""")
			.param(ideaIds.toArray(UUID[]::new))
			.query(rs -> {
				waiting.computeIfAbsent(subscription(rs, 0), k -> new ArrayList<>()).add(rs.getObject("idea_id", UUID.class));
			});
		return waiting;
	}

	private static Subscription subscription(ResultSet rs, int row) throws SQLException {
		return new Subscription(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("event_id", UUID.class), rs.getString("email"), Locale.forLanguageTag(rs.getString("locale")));
	}
}
