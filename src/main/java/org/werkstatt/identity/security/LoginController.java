package org.werkstatt.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The login page. After a failed attempt {@link LoginOutcomes} redirects here; the page shows why and
 * keeps the e-mail that was typed. In demo mode the page lists the demo accounts.
 */
@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;
	private final OidcProperties oidc;
	private final DemoAccounts demoAccounts;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients, OidcProperties oidc,
			DemoAccounts demoAccounts) {
		this.oidcClients = oidcClients;
		this.oidc = oidc;
		this.demoAccounts = demoAccounts;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		Object failure = null;
		Object email = null;
		HttpSession session = request.getSession(false);
		if (session != null) {
			failure = session.getAttribute(LoginOutcomes.ERROR_ATTRIBUTE);
			email = session.getAttribute(LoginOutcomes.EMAIL_ATTRIBUTE);
			session.removeAttribute(LoginOutcomes.ERROR_ATTRIBUTE);
			session.removeAttribute(LoginOutcomes.EMAIL_ATTRIBUTE);
		}
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("loginError", failure);
		model.addAttribute("oidcEnabled", oidcClients.getIfAvailable() != null);
		model.addAttribute("oidcLabel", oidc.label());
		model.addAttribute("oidcPath", "/oauth2/authorization/" + OidcConfiguration.REGISTRATION_ID);
		model.addAttribute("demoAccounts", demoAccounts.shown());
		model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
		return "identity/login";
	}
}
