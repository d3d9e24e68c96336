package org.werkstatt.workshop.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The photos of events, images in the database. Lists never read the image bytes; only serving one photo
 * and the printable results do.
 */
@Repository
class PhotoStore {

	private static final String COLUMNS = "id, event_id, content_type, size, alt_text, caption, created_at";

	private final JdbcClient jdbc;

	PhotoStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID add(UUID eventId, String contentType, byte[] data, String altText, @Nullable String caption,
			@Nullable UUID uploadedBy) {
		return jdbc.sql("""
				insert into event_photo (event_id, content_type, size, data, alt_text, caption, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(eventId, contentType, data.length, data, altText, caption, uploadedBy)
			.query(UUID.class)
			.single();
	}

	/** The event's photos in the order they were uploaded, without their bytes. */
	List<Photo> list(UUID eventId) {
		return jdbc.sql("select " + COLUMNS + " from event_photo where event_id = ? order by created_at, id")
			.param(eventId)
			.query(PhotoStore::photo)
			.list();
	}

	/**
	 * The first photos of the event for the printable results, in one query; a WebP photo, which the PDF
	 * cannot embed, comes without its bytes.
	 */
	List<ResultsPdf.PrintedPhoto> printable(UUID eventId, int limit) {
		return jdbc.sql("select " + COLUMNS + ", " + """
				case when content_type <> 'image/webp' then data end as printable_data
				from event_photo where event_id = ? order by created_at, id limit ?""")
			.params(eventId, limit)
			.query((rs, row) -> {
				Photo photo = photo(rs, row);
				byte[] data = rs.getBytes("printable_data");
				return new ResultsPdf.PrintedPhoto(photo, data == null ? null : new Photo.File(photo.contentType(), data));
			})
			.list();
	}

	Optional<Photo.File> file(UUID eventId, UUID photoId) {
		return jdbc.sql("select content_type, data from event_photo where event_id = ? and id = ?")
			.params(eventId, photoId)
			.query((rs, row) -> new Photo.File(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	boolean exists(UUID eventId, UUID photoId) {
		return jdbc.sql("select exists (select 1 from event_photo where event_id = ? and id = ?)")
			.params(eventId, photoId)
			.query(Boolean.class)
			.single();
	}

	boolean delete(UUID eventId, UUID photoId) {
		return jdbc.sql("delete from event_photo where event_id = ? and id = ?").params(eventId, photoId).update() == 1;
	}

	private static Photo photo(ResultSet rs, int row) throws SQLException {
		return new Photo(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("content_type"),
				rs.getInt("size"), rs.getString("alt_text"), rs.getString("caption"), rs.getTimestamp("created_at").toInstant());
	}
}
