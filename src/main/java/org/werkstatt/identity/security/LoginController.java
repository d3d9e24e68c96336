package org.werkstatt.identity.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The login page. A failed attempt is forwarded here by {@link LoginOutcomes} and shown with the
 * e-mail that was typed. In demo mode the page lists the demo accounts.
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

	@RequestMapping(path = "/login", method = { RequestMethod.GET, RequestMethod.POST })
	String login(@RequestParam(required = false) String email, @RequestParam(required = false) String error,
			HttpServletRequest request, Model model) {
		Object failure = request.getAttribute(LoginOutcomes.ERROR_ATTRIBUTE);
		if (failure == null && "oidc".equals(error)) {
			failure = "oidc";
		}
		model.addAttribute("email", email == null ? "" : email.strip());
		model.addAttribute("loginError", failure);
		model.addAttribute("oidcEnabled", oidcClients.getIfAvailable() != null);
		model.addAttribute("oidcLabel", oidc.label());
		model.addAttribute("oidcPath", "/oauth2/authorization/" + OidcConfiguration.REGISTRATION_ID);
		model.addAttribute("demoAccounts", demoAccounts.shown());
		model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
		return "identity/login";
	}
}
