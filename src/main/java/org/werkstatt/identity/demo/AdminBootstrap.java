package org.werkstatt.identity.demo;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.werkstatt.identity.person.People;
import org.werkstatt.identity.person.PasswordPolicy;

/**
 * On the first start of an empty database, creates the first platform admin: from
 * {@code WERKSTATT_ADMIN_EMAIL} and {@code WERKSTATT_ADMIN_PASSWORD} when both are set, otherwise as
 * {@code admin@werkstatt.local} with a generated password printed once to the console (never logged).
 * Then loads the demo if demo mode is on. Several nodes starting at once do this exactly once.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
	private static final long LOCK_KEY = 0x5745524B;

	private final People people;
	private final PasswordEncoder passwordEncoder;
	private final TransactionTemplate transaction;
	private final JdbcClient jdbc;
	private final DemoData demo;
	private final String adminEmail;
	private final String adminPassword;

	AdminBootstrap(People people, PasswordEncoder passwordEncoder, TransactionTemplate transaction, JdbcClient jdbc,
			DemoData demo, @Value("${werkstatt.admin.email:}") String adminEmail,
			@Value("${werkstatt.admin.password:}") String adminPassword) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.demo = demo;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query((rs, n) -> 1).list();
			if (people.any()) {
				return;
			}
			createFirstAdmin();
			demo.loadIfEnabled();
		});
	}

	private void createFirstAdmin() {
		boolean configured = !adminEmail.isBlank() && !adminPassword.isBlank();
		String email = configured ? adminEmail.strip() : "admin@werkstatt.local";
		String password = configured ? adminPassword : generatedPassword();
		if (configured) {
			PasswordPolicy.violation(password, email, "Admin").ifPresent(rule -> {
				throw new IllegalStateException("WERKSTATT_ADMIN_PASSWORD is too weak (" + rule
						+ "): use at least " + PasswordPolicy.MIN_LENGTH + " characters that are not easy to guess");
			});
		}
		people.create(email, "Platform admin", "de", passwordEncoder.encode(password), true);
		if (configured) {
			log.info("Created the platform admin given by WERKSTATT_ADMIN_EMAIL");
		}
		else {
			// printed to the console once, on purpose not through the logger (no secrets in log files)
			System.out.println();
			System.out.println("==================================================================");
			System.out.println(" Werkstatt: first start on an empty database. Platform admin:");
			System.out.println("   e-mail:   " + email);
			System.out.println("   password: " + password);
			System.out.println(" This password is shown only now. Change it after the first login.");
			System.out.println("==================================================================");
			System.out.println();
		}
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
