package org.werkstatt.identity.network;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.PersonInvited;
import org.werkstatt.identity.Role;
import org.werkstatt.identity.organisation.Organisation;
import org.werkstatt.identity.organisation.OrganisationStore;
import org.werkstatt.identity.person.Invitations;
import org.werkstatt.identity.person.People;
import org.werkstatt.identity.person.Person;

/**
 * Admits the person behind a request to a network, all or nothing: an existing organisation becomes a
 * member; or a new organisation is created, becomes a member, and its first person gets a role and, if
 * they have no account yet, an invitation to set a password ({@link PersonInvited}, mailed by the outbox).
 * The request is then "joined".
 */
@Service
public class Admission {

	/** What came of an admission: the organisation, and whether someone was invited by mail. */
	public record Admitted(UUID organisationId, boolean invited) {
	}

	private final OrganisationStore organisations;
	private final InterestRequests requests;
	private final People people;
	private final Invitations invitations;
	private final ApplicationEventPublisher events;

	Admission(OrganisationStore organisations, InterestRequests requests, People people, Invitations invitations,
			ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.requests = requests;
		this.people = people;
		this.invitations = invitations;
		this.events = events;
	}

	/** The organisations that may still join: every one but networks and those already members. */
	public List<OrganisationSummary> candidates(UUID networkId) {
		Set<UUID> members = organisations.networkMembers(networkId).stream().map(OrganisationSummary::id)
			.collect(Collectors.toSet());
		return organisations.partners().stream().filter(o -> !members.contains(o.id())).toList();
	}

	/** Admits, unless the form has errors after the checks; rejected fields are added to {@code errors}. */
	@Transactional
	public Optional<Admitted> admit(Organisation network, InterestRequest request, JoinForm form, Errors errors,
			UUID adminId) {
		if (form.mode() == null) {
			errors.rejectValue("mode", "validation.required");
			return Optional.empty();
		}
		return form.mode() == JoinForm.Mode.EXISTING ? existing(network, request, form, errors, adminId)
				: created(network, request, form, errors, adminId);
	}

	private Optional<Admitted> existing(Organisation network, InterestRequest request, JoinForm form, Errors errors,
			UUID adminId) {
		Optional<OrganisationSummary> chosen = candidates(network.id()).stream()
			.filter(o -> o.id().toString().equals(form.organisationId()))
			.findFirst();
		if (chosen.isEmpty()) {
			errors.rejectValue("organisationId", "network.join.chooseOrganisation");
			return Optional.empty();
		}
		organisations.addNetworkMember(network.id(), chosen.get().id());
		requests.changeStatus(network.id(), request.id(), InterestStatus.JOINED, adminId);
		return Optional.of(new Admitted(chosen.get().id(), false));
	}

	private Optional<Admitted> created(Organisation network, InterestRequest request, JoinForm form, Errors errors,
			UUID adminId) {
		String name = strip(form.organisationName());
		String slug = strip(form.slug());
		String personName = strip(form.personName());
		String email = strip(form.email()).toLowerCase(java.util.Locale.ROOT);
		required(errors, "organisationName", name);
		required(errors, "slug", slug);
		required(errors, "personName", personName);
		required(errors, "email", email);
		if (!errors.hasFieldErrors("slug") && organisations.slugTaken(slug)) {
			errors.rejectValue("slug", "organisation.slugTaken");
		}
		if (form.type() == null || form.type() == OrganisationType.NETWORK) {
			errors.rejectValue("type", "validation.required");
		}
		if (form.role() == null) {
			errors.rejectValue("role", "validation.required");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		UUID organisationId = organisations.create(slug, form.type(), name, false);
		organisations.addNetworkMember(network.id(), organisationId);
		Optional<Person> known = people.findByEmail(email);
		UUID personId = known.map(Person::id)
			.orElseGet(() -> people.createInvited(email, personName, request.language()));
		people.grant(personId, organisationId, form.role(), adminId);
		boolean invite = known.isEmpty() || people.passwordHash(personId) == null;
		if (invite) {
			Invitations.Issued issued = invitations.issue(personId, organisationId, adminId);
			String language = known.map(Person::preferredLanguage).orElse(request.language());
			events.publishEvent(new PersonInvited(network.id(), network.name(), name, personName, email, language,
					issued.token(), issued.expiresAt()));
		}
		requests.changeStatus(network.id(), request.id(), InterestStatus.JOINED, adminId);
		return Optional.of(new Admitted(organisationId, invite));
	}

	private static void required(Errors errors, String field, String value) {
		if (value.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.required");
		}
	}

	private static String strip(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
