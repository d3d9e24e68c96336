package org.werkstatt.identity.person;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.werkstatt.identity.Role;

/**
 * Creates people for admins: checks what Bean Validation cannot (a free e-mail, a strong password),
 * then stores the person and their first role together or not at all.
 */
@Service
public class PersonAdministration {

	private final People people;
	private final PasswordEncoder passwordEncoder;

	PersonAdministration(People people, PasswordEncoder passwordEncoder) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Creates the person if the form has no errors after the checks; rejected fields are added to
	 * {@code errors}.
	 *
	 * @param organisationId where the first role is granted, if the form names one
	 */
	@Transactional
	public Optional<UUID> create(NewPerson form, Errors errors, @Nullable UUID organisationId,
			@Nullable UUID grantedBy) {
		if (!errors.hasFieldErrors("email") && people.emailTaken(form.email())) {
			errors.rejectValue("email", "person.emailTaken");
		}
		if (!errors.hasFieldErrors("password")) {
			PasswordPolicy.violation(form.password(), form.email(), form.name())
				.ifPresent(key -> errors.rejectValue("password", key));
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Optional<UUID> created = people.createIfFree(form.email(), form.name(), form.preferredLanguage(),
				passwordEncoder.encode(form.password()));
		if (created.isEmpty()) {
			// another admin took the e-mail between the check above and this insert
			errors.rejectValue("email", "person.emailTaken");
			return Optional.empty();
		}
		UUID id = created.get();
		Role role = form.role();
		if (role != null && organisationId != null) {
			people.grant(id, organisationId, role, grantedBy);
		}
		return Optional.of(id);
	}
}
