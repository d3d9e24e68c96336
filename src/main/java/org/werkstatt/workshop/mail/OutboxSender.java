package org.werkstatt.workshop.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what waits in the {@link Outbox} when a mail server is configured, on one node at a time
 * (ShedLock). A mail is marked sent after the server accepted it; a node that dies in between sends it
 * again on the next run (at least once, never lost).
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
	private static final int BATCH = 100;

	private final Outbox outbox;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final MailSettings settings;

	OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${werkstatt.mail.send-interval:PT30S}", initialDelayString = "${werkstatt.mail.send-interval:PT30S}")
	@SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT10M")
	void sendPending() {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		int sent = 0;
		for (OutboxMessage message : outbox.pending(BATCH)) {
			try {
				sender.send(mime(sender, message));
				outbox.markSent(message.id());
				sent++;
			}
			catch (MailException | jakarta.mail.MessagingException e) {
				outbox.markFailed(message.id(), e.getClass().getSimpleName());
				log.warn("Mail {} not sent ({}); the rest wait for the next run", message.id(), e.getClass().getSimpleName());
				// most failures are the server's (down, refusing): the other messages keep their attempts
				break;
			}
		}
		if (sent > 0) {
			log.info("Sent {} mails from the outbox", sent);
		}
	}

	private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws jakarta.mail.MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
		helper.setFrom(new InternetAddress(settings.from()));
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.body() == null ? "" : message.body(), false);
		return mime;
	}
}
