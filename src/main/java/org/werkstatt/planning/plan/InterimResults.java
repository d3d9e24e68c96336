package org.werkstatt.planning.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A measure's interim results: findings and lessons learned as text, and attached documents (slides,
 * reports) whose bytes are in the database. Lists never read the bytes; only serving one document does.
 */
@Repository
class InterimResults {

	/** The largest document: 10 MB. */
	static final int MAX_BYTES = 10 * 1024 * 1024;
	static final int TEXT_LENGTH = 10_000;

	/** The texts, and the documents in the order they were added. */
	record Interim(@Nullable String findings, @Nullable String lessons, @Nullable Instant updatedAt, List<Document> documents) {

		public boolean isEmpty() {
			return findings == null && lessons == null && documents.isEmpty();
		}
	}

	record Document(UUID id, String fileName, String contentType, int size, Instant uploadedAt) {

		/** The size in kilobytes, at least 1. */
		public long kilobytes() {
			return Math.max(1, Math.round(size / 1024.0));
		}
	}

	record File(String fileName, String contentType, byte[] data) {
	}

	private final JdbcClient jdbc;

	InterimResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The measure's interim results in one query. */
	Interim of(UUID measureId) {
		List<Object[]> rows = jdbc.sql("""
				select r.findings, r.lessons, r.updated_at, d.id, d.file_name, d.content_type, d.size, d.uploaded_at
				from (select ?::uuid as measure_id) m
				left join measure_result r on r.measure_id = m.measure_id
				left join measure_document d on d.measure_id = m.measure_id
				order by d.uploaded_at, d.id""")
			.param(measureId)
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getString(2),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
					rs.getObject(4, UUID.class) == null ? null : document(rs, row) })
			.list();
		Object[] first = rows.get(0);
		List<Document> documents = rows.stream().map(r -> (Document) r[3]).filter(java.util.Objects::nonNull).toList();
		return new Interim((String) first[0], (String) first[1], (Instant) first[2], documents);
	}

	void saveTexts(UUID measureId, @Nullable String findings, @Nullable String lessons, @Nullable UUID by) {
		jdbc.sql("""
				insert into measure_result (measure_id, findings, lessons, updated_by) values (?, ?, ?, ?)
				on conflict (measure_id) do update set findings = excluded.findings, lessons = excluded.lessons,
				    updated_at = now(), updated_by = excluded.updated_by""")
			.params(measureId, findings, lessons, by)
			.update();
	}

	UUID addDocument(UUID measureId, String fileName, DocumentType type, byte[] data, @Nullable UUID by) {
		return jdbc.sql("""
				insert into measure_document (measure_id, file_name, content_type, size, data, uploaded_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(measureId, fileName, type.contentType(), data.length, data, by)
			.query(UUID.class)
			.single();
	}

	Optional<File> file(UUID measureId, UUID documentId) {
		return jdbc.sql("select file_name, content_type, data from measure_document where measure_id = ? and id = ?")
			.params(measureId, documentId)
			.query((rs, row) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	boolean deleteDocument(UUID measureId, UUID documentId) {
		return jdbc.sql("delete from measure_document where measure_id = ? and id = ?").params(measureId, documentId)
			.update() == 1;
	}

	private static Document document(ResultSet rs, int row) throws SQLException {
		return new Document(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
				rs.getInt("size"), rs.getTimestamp("uploaded_at").toInstant());
	}
}
