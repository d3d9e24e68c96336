package org.werkstatt.workshop.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail goes out. The mail server itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST},
 * {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}); without a host,
 * nothing is sent and messages wait on the outbox page.
 *
 * The links in mails come from {@link org.werkstatt.platform.web.SiteAddress} ({@code WERKSTATT_BASE_URL}).
 *
 * @param from the sender address, {@code WERKSTATT_MAIL_FROM}
 */
@ConfigurationProperties("werkstatt.mail")
public record MailSettings(String from) {
}
