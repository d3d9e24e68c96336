package org.werkstatt.workshop.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail goes out. The mail server itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST},
 * {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}); without a host,
 * nothing is sent and messages wait on the outbox page.
 *
 * @param from the sender address, {@code WERKSTATT_MAIL_FROM}
 * @param baseUrl the site's public address for links in mails sent without a request (reminders),
 *        {@code WERKSTATT_BASE_URL}, by default {@code http://localhost:$PORT}
 */
@ConfigurationProperties("werkstatt.mail")
public record MailSettings(String from, String baseUrl) {
}
