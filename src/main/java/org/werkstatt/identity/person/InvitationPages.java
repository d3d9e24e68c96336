package org.werkstatt.identity.person;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.platform.web.Flash;

/**
 * The page behind an invitation link: the invited person sets a password under the usual policy, and the
 * link is spent. An unknown, used or expired link gets a page that says so, with status 404.
 */
@Controller
class InvitationPages {

	record NewPassword(@NotBlank(message = "{validation.required}") String newPassword,
			@NotBlank(message = "{validation.required}") String repeatPassword) {
	}

	private final Invitations invitations;
	private final People people;
	private final PasswordEncoder passwordEncoder;

	InvitationPages(Invitations invitations, People people, PasswordEncoder passwordEncoder) {
		this.invitations = invitations;
		this.people = people;
		this.passwordEncoder = passwordEncoder;
	}

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Person> person = invited(token);
		if (person.isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("newPassword", new NewPassword("", ""));
		return show(person.get(), token, model);
	}

	@PostMapping("/invitations/{token}")
	@Transactional
	String setPassword(@PathVariable String token, @Valid @ModelAttribute("newPassword") NewPassword form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<Person> invited = invited(token);
		if (invited.isEmpty()) {
			return invalid(response);
		}
		Person person = invited.get();
		if (!result.hasFieldErrors("newPassword")) {
			PasswordPolicy.violation(form.newPassword(), person.email(), person.name())
				.ifPresent(key -> result.rejectValue("newPassword", key));
		}
		if (!result.hasFieldErrors("newPassword") && !form.newPassword().equals(form.repeatPassword())) {
			result.rejectValue("repeatPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return show(person, token, model);
		}
		if (!invitations.use(token)) {
			return invalid(response);
		}
		people.changePassword(person.id(), passwordEncoder.encode(form.newPassword()));
		Flash.notice(redirect, "invitation.passwordSet");
		return "redirect:/login";
	}

	private Optional<Person> invited(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return invitations.personOf(token).flatMap(people::find);
	}

	private String show(Person person, String token, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("token", token);
		return "identity/invitation";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "identity/invitation-invalid";
	}
}
