package org.werkstatt.workshop.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.werkstatt.FullStackTest;

/** A mail server that cannot be reached costs one attempt of one message per run, and nothing is given up. */
class OutboxRetryTests extends FullStackTest {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUnreachableServerStrandsNothing() throws Exception {
		UUID organisation = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			outbox.add(organisation, null, "TEST", "person" + i + "@example.org", "Betreff " + i, "Text");
		}
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
		unreachable.setHost("127.0.0.1");
		unreachable.setPort(closedPort);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", unreachable);
		OutboxSender sender = new OutboxSender(outbox, beans.getBeanProvider(JavaMailSender.class),
				new MailSettings("werkstatt@example.org"));

		int before = totalAttempts();
		sender.sendPending();
		assertThat(totalAttempts() - before).as("one message tried, the others keep their attempts").isEqualTo(1);

		// after many failures a message is still due again, later and later, but never given up
		jdbc.sql("update outbox_message set attempts = 40, next_attempt_at = now() - interval '1 minute' where organisation_id = ?")
			.param(organisation)
			.update();
		assertThat(outbox.pending(10_000)).extracting(OutboxMessage::organisationId).contains(organisation);
		UUID one = jdbc.sql("select id from outbox_message where organisation_id = ? limit 1").param(organisation).query(UUID.class).single();
		outbox.markFailed(one, "MailSendException");
		Duration wait = jdbc.sql("select extract(epoch from next_attempt_at - now())::bigint from outbox_message where id = ?")
			.param(one)
			.query((rs, row) -> Duration.ofSeconds(rs.getLong(1)))
			.single();
		assertThat(outbox.pending(10_000)).extracting(OutboxMessage::id).doesNotContain(one);
		assertThat(wait).isBetween(Duration.ofMinutes(Outbox.MAX_RETRY_MINUTES - 1), Duration.ofMinutes(Outbox.MAX_RETRY_MINUTES));
	}

	private int totalAttempts() {
		return jdbc.sql("select coalesce(sum(attempts), 0)::int from outbox_message where sent_at is null").query(Integer.class).single();
	}
}
