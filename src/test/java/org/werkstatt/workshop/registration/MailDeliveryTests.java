package org.werkstatt.workshop.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;

/**
 * With a mail server configured ({@code spring.mail.host}), the outbox job delivers: a real SMTP server
 * (GreenMail on a free loopback port) receives the confirmation in the registrant's language, and its
 * cancel link works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailDeliveryTests {

	private static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("werkstatt.mail.from", () -> "werkstatt@jobcenter-hafenstadt.example");
		registry.add("werkstatt.mail.send-interval", () -> "PT1S");
		registry.add("werkstatt.base-url", () -> "https://werkstatt.jobcenter-hafenstadt.example/");
		registry.add("werkstatt.database.data-dir",
				() -> FullStackTest.TEST_DATA.resolve("mail-" + ProcessHandle.current().pid()).resolve("postgres").toString());
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConfirmationArrivesInTheRegistrantsLanguageWithAWorkingCancelLink() throws Exception {
		UUID organisation = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'").query(UUID.class).single();
		String title = "Infoveranstaltung " + UUID.randomUUID();
		Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
		UUID event = jdbc.sql("""
				insert into event (organisation_id, format, title, starts_at, ends_at, registration_open, capacity)
				values (?, 'INFO_EVENT', ?, ?, ?, true, 10) returning id""")
			.params(organisation, title, java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(2, ChronoUnit.HOURS)))
			.query(UUID.class)
			.single();

		HttpSession visitor = new HttpSession(port);
		visitor.get("/events/" + event + "?lang=en");
		HttpResponse<String> registered = visitor.post("/events/" + event + "/registrations",
				Map.of("name", "Rosa Rask", "email", "rosa@example.org", "consent", "true", "_consent", "on"));
		assertThat(registered.body()).contains("You are registered.");

		MimeMessage mail = mailTo("rosa@example.org");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("werkstatt@jobcenter-hafenstadt.example");
		assertThat(mail.getSubject()).isEqualTo("Registration confirmed: " + title);
		String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
		assertThat(body).contains("Hello Rosa Rask,", "Kind regards");

		// the link names the configured site address; its path works on this server
		Matcher link = Pattern.compile("https://werkstatt\\.jobcenter-hafenstadt\\.example(/registrations/[A-Za-z0-9_-]{43}/cancel)")
			.matcher(body);
		assertThat(link.find()).as("cancel link in:\n" + body).isTrue();
		assertThat(visitor.get(link.group(1)).body()).contains("Rosa Rask", "Yes, cancel my registration");
		assertThat(visitor.post(link.group(1), Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select status from registration where event_id = ?").param(event).query(String.class).single())
			.isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select count(*) from outbox_message where event_id = ? and sent_at is not null and body is null")
			.param(event).query(Integer.class).single()).as("sent, and the text with the link is gone").isEqualTo(1);
	}

	/** The first mail to the address, waiting up to 20 s for it (the demo's mails go out too). */
	private static MimeMessage mailTo(String address) throws Exception {
		long until = System.nanoTime() + 20_000_000_000L;
		while (System.nanoTime() < until) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals(address)) {
					return message;
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no mail to " + address + " within 20 s");
	}
}
