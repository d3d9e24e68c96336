package org.werkstatt.identity.person;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.NotFoundException;

/** The signed-in person's own page: memberships, preferred language and password change. */
@Controller
@RequestMapping("/account")
class AccountController {

	record PasswordChange(@NotBlank(message = "{validation.required}") String currentPassword,
			@NotBlank(message = "{validation.required}") String newPassword,
			@NotBlank(message = "{validation.required}") String repeatPassword) {
	}

	record LanguageChoice(@NotBlank(message = "{validation.required}") String language) {
	}

	private final People people;
	private final PasswordEncoder passwordEncoder;
	private final CurrentUser currentUser;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountController(People people, PasswordEncoder passwordEncoder, CurrentUser currentUser,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.currentUser = currentUser;
		this.sessions = sessions;
	}

	@GetMapping
	String account(Model model) {
		Person person = me();
		model.addAttribute("passwordChange", new PasswordChange("", "", ""));
		return show(person, model);
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("passwordChange") PasswordChange change, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		Person person = me();
		if (!result.hasFieldErrors("currentPassword")) {
			String hash = people.passwordHash(person.id());
			if (hash == null || !passwordEncoder.matches(change.currentPassword(), hash)) {
				result.rejectValue("currentPassword", "password.currentWrong");
			}
		}
		if (!result.hasFieldErrors("newPassword")) {
			PasswordPolicy.violation(change.newPassword(), person.email(), person.name())
				.ifPresent(key -> result.rejectValue("newPassword", key));
		}
		if (!result.hasFieldErrors("newPassword") && !change.newPassword().equals(change.repeatPassword())) {
			result.rejectValue("repeatPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return show(person, model);
		}
		people.changePassword(person.id(), passwordEncoder.encode(change.newPassword()));
		endOtherSessions(person, request);
		Flash.notice(redirect, "account.passwordChanged");
		return "redirect:/account";
	}

	@PostMapping("/language")
	String changeLanguage(@ModelAttribute LanguageChoice choice, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Person person = me();
		Language language = Language.of(choice.language() == null ? "" : choice.language()).orElse(null);
		if (language == null) {
			Flash.problem(redirect, "language.unknown");
			return "redirect:/account";
		}
		people.changeLanguage(person.id(), language.code());
		RequestContextUtils.getLocaleResolver(request).setLocale(request, response, language.locale());
		Flash.notice(redirect, "account.languageChanged");
		return "redirect:/account";
	}

	/** Signs the person out everywhere else (someone who knew the old password), and renews this session's id. */
	private void endOtherSessions(Person person, HttpServletRequest request) {
		// the store still knows this session by its old id until the request ends
		String before = request.getSession().getId();
		String after = request.changeSessionId();
		for (String principal : new String[] { person.email(), person.id().toString() }) {
			sessions.findByPrincipalName(principal)
				.keySet()
				.stream()
				.filter(id -> !id.equals(before) && !id.equals(after))
				.forEach(sessions::deleteById);
		}
	}

	private String show(Person person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("memberships", people.membershipsOf(person.id()));
		model.addAttribute("languages", Language.values());
		return "identity/account";
	}

	private Person me() {
		UUID id = currentUser.personId().orElseThrow(NotFoundException::new);
		return people.find(id).orElseThrow(NotFoundException::new);
	}
}
