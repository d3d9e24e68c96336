package org.werkstatt.identity.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.werkstatt.identity.person.People;
import org.werkstatt.identity.person.Person;

/** Loads a person for the local login by e-mail. Throttling happens before, in {@link LoginThrottle}. */
@Service
class PersonDetailsService implements UserDetailsService {

	private final People people;

	PersonDetailsService(People people) {
		this.people = people;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Person person = people.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		String hash = people.passwordHash(person.id());
		return new LocalUser(person.id(), person.email(), person.name(), hash == null ? "{noop}-" : hash,
				person.enabled() && hash != null, true, Authorities.of(person));
	}
}
