package org.werkstatt.catalog.files;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded catalog files between preview and confirmation (table {@code catalog_import_preview}), in the
 * database so that any node can confirm what another one previewed. A preview is found only with its random id
 * and the same organisation and person; it lasts a day.
 */
@Repository
class CatalogImportPreviews {

	private static final TypeReference<List<RawItem>> ITEMS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
	};

	/** An uploaded file: its name and what was read from it. */
	record Stored(UUID id, String fileName, CatalogFile file) {
	}

	/** A preview that waits for its confirmation. */
	record Waiting(UUID id, String fileName) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	CatalogImportPreviews(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	UUID store(UUID organisationId, @Nullable UUID personId, String fileName, CatalogFile file) {
		jdbc.sql("delete from catalog_import_preview where created_at < now() - interval '1 day'").update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into catalog_import_preview (id, organisation_id, person_id, file_name, format, spreadsheet, items, not_imported)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
			.params(id, organisationId, personId, fileName, file.format(), file.spreadsheet(),
					json.writeValueAsString(file.items()), json.writeValueAsString(file.notImported()))
			.update();
		return id;
	}

	Optional<Stored> find(UUID id, UUID organisationId, @Nullable UUID personId) {
		return jdbc.sql("""
				select id, file_name, format, spreadsheet, items, not_imported from catalog_import_preview
				 where id = ? and organisation_id = ? and person_id is not distinct from ?
				   and created_at > now() - interval '1 day'""")
			.params(id, organisationId, personId)
			.query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), new CatalogFile(rs.getString(3),
					rs.getBoolean(4), json.readValue(rs.getString(5), ITEMS), json.readValue(rs.getString(6), COUNTS))))
			.optional();
	}

	List<Waiting> waitingFor(UUID personId, UUID organisationId) {
		return jdbc.sql("""
				select id, file_name from catalog_import_preview
				 where person_id = ? and organisation_id = ? and created_at > now() - interval '1 day'
				 order by created_at desc""")
			.params(personId, organisationId)
			.query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/** Whether a preview with the id exists at all (of whichever organisation or person). */
	boolean exists(UUID id) {
		return jdbc.sql("select count(*) from catalog_import_preview where id = ?").param(id).query(Integer.class).single() > 0;
	}

	/** Removes the preview as its import is written; false if another confirmation took it first. */
	boolean take(UUID id) {
		return jdbc.sql("delete from catalog_import_preview where id = ?").param(id).update() == 1;
	}
}
