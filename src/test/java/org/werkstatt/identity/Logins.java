package org.werkstatt.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as a real person of the database, as the login would. */
public final class Logins {

	public static final String JOBCENTER_ADMIN = "admin@jobcenter-hafenstadt.example";
	public static final String JOBCENTER_PLANNER = "planung@jobcenter-hafenstadt.example";
	public static final String NETWORK_ADMIN = "buero@buendnis-nordufer.example";
	public static final String PROVIDER_STAFF = "traeger@bildungswerk-kai.example";
	public static final String PLATFORM_ADMIN = "plattform@werkstatt.example";

	private Logins() {
	}

	public static RequestPostProcessor as(UserDetailsService people, String email) {
		return user(people.loadUserByUsername(email));
	}
}
