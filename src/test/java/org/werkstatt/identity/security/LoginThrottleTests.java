package org.werkstatt.identity.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.person.People;

/** Failed logins are throttled per e-mail and client address, with a higher limit per e-mail overall. */
class LoginThrottleTests extends FullStackTest {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aStrangerGuessingWrongCannotLockThePersonOut() throws Exception {
		String email = newPerson();
		for (int i = 0; i < LoginThrottle.PER_CLIENT; i++) {
			login(email, "guess " + i, "203.0.113.7");
		}
		// the right password from the guessing address is turned away, from the person's own address it works
		login(email, PASSWORD, "203.0.113.7").andExpect(redirectedUrl("/login?error"));
		login(email, PASSWORD, "198.51.100.20").andExpect(redirectedUrl("/my-work"));
	}

	@Test
	void manyFailuresFromManyAddressesBlockTheEmailEverywhere() throws Exception {
		String email = newPerson();
		for (int i = 0; i < LoginThrottle.PER_EMAIL; i++) {
			login(email, "guess " + i, "192.0.2." + (i % 10));
		}
		login(email, PASSWORD, "198.51.100.99").andExpect(redirectedUrl("/login?error"));
	}

	private ResultActions login(String email, String password, String client) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(r -> {
			r.setRemoteAddr(client);
			return r;
		}));
	}

	private String newPerson() {
		String email = "throttle-" + UUID.randomUUID() + "@example.org";
		people.create(email, "Throttle Test", "de", passwordEncoder.encode(PASSWORD), false);
		return email;
	}
}
