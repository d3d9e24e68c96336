package org.werkstatt.cooperation.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agreements and participants written straight into coop-core's tables (migration cooperation V1). */
final class CoopFixture {

	private final JdbcClient jdbc;

	CoopFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	UUID person(String email) {
		return jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single();
	}

	UUID agreement(String jobcenterSlug, String providerSlug, LocalDate from, LocalDate until, String status,
			@Nullable LocalDate endedAt, int retentionDays) {
		return jdbc.sql("""
				insert into agreement (jobcenter_id, provider_id, title, valid_from, valid_until, status, ended_at,
				 retention_days, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organisation(jobcenterSlug), organisation(providerSlug), "Testvereinbarung " + UUID.randomUUID(),
					from, until, status, endedAt, retentionDays, person("admin@jobcenter-hafenstadt.example"))
			.query(UUID.class)
			.single();
	}

	UUID participant(UUID agreement, String firstName, String status, @Nullable LocalDate endedAt) {
		UUID by = person("fallmanagement@jobcenter-hafenstadt.example");
		UUID id = jdbc.sql("""
				insert into coop_participant (agreement_id, first_name, last_name, date_of_birth, gender, status,
				 ended_at, assigned_by) values (?, ?, 'Testperson', date '1990-04-01', 'WOMAN', ?, ?, ?) returning id""")
			.params(agreement, firstName, status, endedAt, by)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into coop_participant_status (participant_id, status, valid_from, changed_by)
				 values (?, ?, date '2026-01-05', ?)""")
			.params(id, status, by)
			.update();
		UUID text = jdbc.sql("""
				insert into consent_text (organisation_id, version, language, title, body)
				 values (null, (select coalesce(max(version), 0) + 1 from consent_text), 'de', 'Einwilligung', 'Text')
				 returning id""")
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into consent (participant_id, text_id, data_categories, organisation_ids, given_on, given_how,
				 recorded_by) values (?, ?, '{IDENTITY_CONTACT}', ?, date '2026-01-05', 'PAPER', ?)""")
			.params(id, text, new UUID[] { organisation("jobcenter-hafenstadt") }, by)
			.update();
		return id;
	}

	boolean exists(UUID participant) {
		return jdbc.sql("select exists (select 1 from coop_participant where id = ?)").param(participant)
			.query(Boolean.class).single();
	}
}
