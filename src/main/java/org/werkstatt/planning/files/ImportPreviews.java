package org.werkstatt.planning.files;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded files between preview and confirmation (table {@code import_preview}), in the database so that
 * any node can confirm what another one previewed. A preview is found only with its random id and the same
 * organisation, plan and person; it lasts a day.
 */
@Repository
class ImportPreviews {

	private static final TypeReference<List<ImportRow.Raw>> ROWS = new TypeReference<>() {
	};

	/** An uploaded file: its name, whether it was a workbook, and its rows as read. */
	record Stored(UUID id, String fileName, boolean spreadsheet, List<ImportRow.Raw> rows) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ImportPreviews(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	UUID store(UUID organisationId, UUID planId, @Nullable UUID personId, String fileName, boolean spreadsheet,
			List<ImportRow.Raw> rows) {
		jdbc.sql("delete from import_preview where created_at < now() - interval '1 day'").update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into import_preview (id, organisation_id, plan_id, person_id, file_name, spreadsheet, rows)
				values (?, ?, ?, ?, ?, ?, ?::jsonb)""")
			.params(id, organisationId, planId, personId, fileName, spreadsheet, json.writeValueAsString(rows))
			.update();
		return id;
	}

	Optional<Stored> find(UUID id, UUID organisationId, UUID planId, @Nullable UUID personId) {
		return jdbc.sql("""
				select id, file_name, spreadsheet, rows from import_preview
				 where id = ? and organisation_id = ? and plan_id = ? and person_id is not distinct from ?
				   and created_at > now() - interval '1 day'""")
			.params(id, organisationId, planId, personId)
			.query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
					json.readValue(rs.getString(4), ROWS)))
			.optional();
	}

	/** The person's previews in the organisation that still wait for a confirmation, newest first. */
	List<Waiting> waitingFor(UUID personId, UUID organisationId) {
		return jdbc.sql("""
				select id, plan_id, file_name from import_preview
				 where person_id = ? and organisation_id = ? and created_at > now() - interval '1 day'
				 order by created_at desc""")
			.params(personId, organisationId)
			.query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
			.list();
	}

	/** A preview that waits: which plan it is for and the file's name. */
	record Waiting(UUID id, UUID planId, String fileName) {
	}

	/** Removes the preview as its import is written; false if another confirmation took it first. */
	boolean take(UUID id) {
		return jdbc.sql("delete from import_preview where id = ?").param(id).update() == 1;
	}
}
