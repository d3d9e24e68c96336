package org.werkstatt.identity.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.identity.Role;

/** Reads and writes people and their memberships. */
@Repository
public class People {

	private static final String COLUMNS = "id, email, name, preferred_language, platform_admin, enabled";

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Person> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = ?").param(id).query(People::person).optional();
	}

	public Optional<Person> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from person where lower(email) = lower(?)")
			.param(email.strip())
			.query(People::person)
			.optional();
	}

	public boolean emailTaken(String email) {
		return jdbc.sql("select count(*) from person where lower(email) = lower(?)")
			.param(email.strip())
			.query(Integer.class)
			.single() > 0;
	}

	public boolean any() {
		return jdbc.sql("select exists (select 1 from person)").query(Boolean.class).single();
	}

	public List<Person> all() {
		return jdbc.sql("select " + COLUMNS + " from person order by name").query(People::person).list();
	}

	/** Creates the person; the caller has checked the password policy and hashed the password. */
	public UUID create(String email, String name, String language, String passwordHash, boolean platformAdmin) {
		return jdbc.sql("""
				insert into person (email, name, preferred_language, password_hash, platform_admin)
				values (?, ?, ?, ?, ?) returning id""")
			.params(email.strip().toLowerCase(Locale.ROOT), name.strip(), language, passwordHash, platformAdmin)
			.query(UUID.class)
			.single();
	}

	/** Creates the person unless the e-mail is taken (also by a concurrent request); empty if it was. */
	public Optional<UUID> createIfFree(String email, String name, String language, String passwordHash) {
		return jdbc.sql("""
				insert into person (email, name, preferred_language, password_hash, platform_admin)
				values (?, ?, ?, ?, false) on conflict do nothing returning id""")
			.params(email.strip().toLowerCase(Locale.ROOT), name.strip(), language, passwordHash)
			.query(UUID.class)
			.optional();
	}

	/** Creates a person without a password, who sets one through an invitation. */
	public UUID createInvited(String email, String name, String language) {
		return jdbc.sql("""
				insert into person (email, name, preferred_language, platform_admin)
				values (?, ?, ?, false) returning id""")
			.params(email.strip().toLowerCase(Locale.ROOT), name.strip(), language)
			.query(UUID.class)
			.single();
	}

	public @Nullable String passwordHash(UUID personId) {
		return jdbc.sql("select password_hash from person where id = ?").param(personId).query(String.class).optional().orElse(null);
	}

	public void changePassword(UUID personId, String passwordHash) {
		jdbc.sql("update person set password_hash = ? where id = ?").params(passwordHash, personId).update();
	}

	public void changeLanguage(UUID personId, String language) {
		jdbc.sql("update person set preferred_language = ? where id = ?").params(language, personId).update();
	}

	public void grant(UUID personId, UUID organisationId, Role role, @Nullable UUID grantedBy) {
		jdbc.sql("""
				insert into membership (person_id, organisation_id, role, granted_by) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(personId, organisationId, role.name(), grantedBy)
			.update();
	}

	/**
	 * Takes the role away unless it is the organisation's last admin role; false when it was kept. The
	 * organisation's row is locked first, so that two admins taking each other's role at the same
	 * time cannot leave the organisation without one.
	 */
	@Transactional
	public boolean revokeKeepingAnAdmin(UUID personId, UUID organisationId, Role role) {
		jdbc.sql("select id from organisation where id = ? for update").param(organisationId).query(UUID.class).optional();
		if (role == Role.ORGANISATION_ADMIN) {
			int admins = jdbc.sql("select count(*) from membership where organisation_id = ? and role = 'ORGANISATION_ADMIN'")
				.param(organisationId)
				.query(Integer.class)
				.single();
			if (admins <= 1) {
				return false;
			}
		}
		revoke(personId, organisationId, role);
		return true;
	}

	public void revoke(UUID personId, UUID organisationId, Role role) {
		jdbc.sql("delete from membership where person_id = ? and organisation_id = ? and role = ?")
			.params(personId, organisationId, role.name())
			.update();
	}

	/** Every role the person holds, by organisation (one round trip for all of a page's checks). */
	public Map<UUID, Set<Role>> rolesByOrganisation(UUID personId) {
		Map<UUID, Set<Role>> roles = new HashMap<>();
		jdbc.sql("select organisation_id, role from membership where person_id = ?")
			.param(personId)
			.query((RowCallbackHandler) rs -> roles
				.computeIfAbsent(rs.getObject(1, UUID.class), id -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString(2))));
		return roles;
	}

	public List<Membership> membershipsOf(UUID personId) {
		return memberships("m.person_id = ?", personId);
	}

	public List<Membership> membersOf(UUID organisationId) {
		return memberships("m.organisation_id = ?", organisationId);
	}

	private List<Membership> memberships(String where, UUID id) {
		return jdbc.sql("""
				select m.person_id, p.name as person_name, p.email, m.organisation_id, o.name as organisation_name,
				       o.slug, m.role
				from membership m join person p on p.id = m.person_id join organisation o on o.id = m.organisation_id
				where """ + " " + where + " order by o.name, p.name, m.role")
			.param(id)
			.query((rs, n) -> new Membership(rs.getObject("person_id", UUID.class), rs.getString("person_name"),
					rs.getString("email"), rs.getObject("organisation_id", UUID.class),
					rs.getString("organisation_name"), rs.getString("slug"), Role.valueOf(rs.getString("role"))))
			.list();
	}

	public void recordSuccessfulLogin(UUID personId) {
		jdbc.sql("update person set last_login_at = now() where id = ?")
			.param(personId)
			.update();
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
				rs.getString("preferred_language"), rs.getBoolean("platform_admin"), rs.getBoolean("enabled"));
	}
}
