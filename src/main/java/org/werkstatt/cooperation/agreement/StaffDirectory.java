package org.werkstatt.cooperation.agreement;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.Role;

/**
 * Names of people and who holds a role in an organisation, read from identity's {@code person} and
 * {@code membership} tables. Identity has no API for this yet; this class is the one place that reads them (to be
 * replaced by an identity API).
 */
@Component
public class StaffDirectory {

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person who may be chosen, with the name others see. */
	public record Person(UUID id, String name) {
	}

	/** The enabled people holding one of the roles in the organisation, by name. */
	public List<Person> withRole(UUID organisationId, Role... roles) {
		return jdbc.sql("""
				select distinct p.id, p.name from person p join membership m on m.person_id = p.id
				where m.organisation_id = :o and m.role = any(:roles) and p.enabled order by p.name, p.id""")
			.param("o", organisationId)
			.param("roles", java.util.Arrays.stream(roles).map(Enum::name).toArray(String[]::new))
			.query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/** A person's id by e-mail (the demo finds its accounts so). */
	public java.util.Optional<UUID> byEmail(String email) {
		return jdbc.sql("select id from person where lower(email) = lower(:e)").param("e", email).query(UUID.class).optional();
	}

	/** The names of these people (an unknown id is left out). */
	public Map<UUID, String> names(Collection<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, name from person where id = any(:ids)")
			.param("ids", ids.stream().distinct().toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(e -> names.put(e.getKey(), e.getValue()));
		return names;
	}
}
