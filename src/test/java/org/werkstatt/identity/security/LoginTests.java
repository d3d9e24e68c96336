package org.werkstatt.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.identity.person.People;

/** The local login over real HTTP: success, failure, throttling, logout and password change. */
class LoginTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signsInWithTheDemoPasswordAndSeesTheAccountPage() {
		HttpSession visitor = new HttpSession(port);
		assertThat(visitor.signIn("admin@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD)).isTrue();
		HttpResponse<String> account = visitor.get("/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("Alex Admin", "Verwaltung der Organisation");
	}

	@Test
	void wrongPasswordShowsAClearMessageAndKeepsTheEmail() {
		String email = newPerson("correct horse battery");
		HttpResponse<String> response = new HttpSession(port).loginAndFollow(email, "wrong password here");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("E-Mail-Adresse oder Passwort stimmen nicht").contains("value=\"" + email + "\"");
	}

	@Test
	void blocksTheAddressAfterFiveFailuresEvenForTheRightPassword() {
		String email = newPerson("correct horse battery");
		HttpSession attacker = new HttpSession(port);
		for (int i = 0; i < LoginThrottle.PER_CLIENT; i++) {
			attacker.login(email, "guess number " + i);
		}
		HttpResponse<String> response = new HttpSession(port).loginAndFollow(email, "correct horse battery");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Zu viele Fehlversuche");
		assertThat(new HttpSession(port).signIn(email, "correct horse battery")).isFalse();
	}

	@Test
	void fewerFailuresThanTheLimitDoNotLock() {
		String email = newPerson("correct horse battery");
		HttpSession visitor = new HttpSession(port);
		for (int i = 0; i < LoginThrottle.PER_CLIENT - 1; i++) {
			visitor.login(email, "guess number " + i);
		}
		assertThat(visitor.signIn(email, "correct horse battery")).isTrue();
	}

	@Test
	void logoutEndsTheSession() {
		String email = newPerson("correct horse battery");
		HttpSession visitor = new HttpSession(port);
		assertThat(visitor.signIn(email, "correct horse battery")).isTrue();
		assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
		HttpResponse<String> logout = visitor.post("/logout", Map.of());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(visitor.get(logout.headers().firstValue("Location").orElseThrow()).body()).contains("Sie sind abgemeldet");
		assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void changesThePasswordOnlyWithTheCurrentOneAndAStrongNewOne() {
		String email = newPerson("correct horse battery");
		HttpSession visitor = new HttpSession(port);
		visitor.login(email, "correct horse battery");
		visitor.get("/account");
		HttpResponse<String> weak = visitor.post("/account/password",
				Map.of("currentPassword", "correct horse battery", "newPassword", "short", "repeatPassword", "short"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("Das Passwort ist zu kurz");
		HttpResponse<String> wrongCurrent = visitor.post("/account/password", Map.of("currentPassword", "not it at all",
				"newPassword", "a much better passphrase", "repeatPassword", "a much better passphrase"));
		assertThat(wrongCurrent.body()).contains("Das bisherige Passwort stimmt nicht");
		HttpResponse<String> ok = visitor.post("/account/password", Map.of("currentPassword", "correct horse battery",
				"newPassword", "a much better passphrase", "repeatPassword", "a much better passphrase"));
		assertThat(ok.statusCode()).isEqualTo(302);
		assertThat(new HttpSession(port).signIn(email, "a much better passphrase")).isTrue();
		assertThat(new HttpSession(port).signIn(email, "correct horse battery")).isFalse();
	}

	@Test
	void changingThePasswordSignsOutEveryOtherSession() {
		String email = newPerson("correct horse battery");
		HttpSession laptop = new HttpSession(port);
		HttpSession phone = new HttpSession(port);
		assertThat(laptop.signIn(email, "correct horse battery")).isTrue();
		assertThat(phone.signIn(email, "correct horse battery")).isTrue();
		laptop.get("/account");
		laptop.post("/account/password", Map.of("currentPassword", "correct horse battery", "newPassword",
				"a much better passphrase", "repeatPassword", "a much better passphrase"));
		assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
		assertThat(phone.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void storesPasswordsOnlyAsArgon2Hashes() {
		String email = newPerson("correct horse battery");
		String hash = jdbc.sql("select password_hash from person where email = ?").param(email).query(String.class).single();
		assertThat(hash).startsWith("{argon2}").doesNotContain("correct horse battery");
	}

	@Test
	void signingInSwitchesToThePreferredLanguage() {
		String email = "dansk-" + UUID.randomUUID() + "@example.org";
		people.create(email, "Dorte Dansk", "da", passwordEncoder.encode("correct horse battery"), false);
		HttpSession visitor = new HttpSession(port);
		visitor.login(email, "correct horse battery");
		assertThat(visitor.get("/account").body()).contains("Min konto");
	}

	private String newPerson(String password) {
		String email = "person-" + UUID.randomUUID() + "@example.org";
		people.create(email, "Test Person", "de", passwordEncoder.encode(password), false);
		return email;
	}
}
