package org.werkstatt.cooperation.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.cooperation.agreement.AgreementStore;
import org.werkstatt.cooperation.agreement.DataCategory;

/** Consent texts (versioned per language) and participants' consents with their withdrawal. */
@Repository
public class ConsentStore {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	ConsentStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A consent text in one language. */
	public record ConsentText(UUID id, @Nullable UUID organisationId, int version, String language, String title,
			String body, LocalDate validFrom) {
	}

	/** The texts the organisation may use: its own and the platform's, newest version first. */
	public List<ConsentText> textsFor(UUID organisationId) {
		return jdbc.sql("""
				select id, organisation_id, version, language, title, body, valid_from from consent_text
				where organisation_id is null or organisation_id = :o order by organisation_id nulls last, version desc, language""")
			.param("o", organisationId)
			.query(ConsentStore::text)
			.list();
	}

	public Optional<ConsentText> text(UUID id) {
		return jdbc.sql("select id, organisation_id, version, language, title, body, valid_from from consent_text where id = :id")
			.param("id", id)
			.query(ConsentStore::text)
			.optional();
	}

	public UUID addText(@Nullable UUID organisationId, int version, String language, String title, String body,
			LocalDate validFrom) {
		return jdbc.sql("""
				insert into consent_text (organisation_id, version, language, title, body, valid_from)
				values (:o, :v, :l, :t, :b, :from) returning id""")
			.param("o", organisationId)
			.param("v", version)
			.param("l", language)
			.param("t", title)
			.param("b", body)
			.param("from", validFrom)
			.query(UUID.class)
			.single();
	}

	public List<Consent> of(UUID participantId) {
		return jdbc.sql("""
				select c.*, t.version as text_version, t.language as text_language
				from consent c join consent_text t on t.id = c.text_id where c.participant_id = :p order by c.recorded_at desc""")
			.param("p", participantId)
			.query(ConsentStore::consent)
			.list();
	}

	/** The consents of several participants in one query (a list page), newest first, by participant. */
	public java.util.Map<UUID, List<Consent>> of(java.util.Collection<UUID> participantIds) {
		java.util.Map<UUID, List<Consent>> byParticipant = new java.util.HashMap<>();
		if (participantIds.isEmpty()) {
			return byParticipant;
		}
		jdbc.sql("""
				select c.*, t.version as text_version, t.language as text_language
				from consent c join consent_text t on t.id = c.text_id where c.participant_id = any(:p)
				order by c.recorded_at desc""")
			.param("p", participantIds.toArray(UUID[]::new))
			.query(ConsentStore::consent)
			.list()
			.forEach(c -> byParticipant.computeIfAbsent(c.participantId(), k -> new java.util.ArrayList<>()).add(c));
		return byParticipant;
	}

	@Transactional
	public UUID record(UUID participantId, UUID textId, Set<DataCategory> categories, Set<UUID> organisations,
			LocalDate givenOn, Consent.GivenHow how, boolean successStory, UUID by) {
		return jdbc.sql("""
				insert into consent (participant_id, text_id, data_categories, organisation_ids, given_on, given_how, recorded_by,
				  success_story)
				values (:p, :t, :categories, :organisations, :given, :how, :by, :story) returning id""")
			.param("p", participantId)
			.param("t", textId)
			.param("categories", categories.stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("organisations", organisations.toArray(UUID[]::new))
			.param("given", givenOn)
			.param("how", how.name())
			.param("by", by)
			.param("story", successStory)
			.query(UUID.class)
			.single();
	}

	/**
	 * Withdraws a consent of the participant at once; false when it was withdrawn already or is not theirs. Publishes
	 * {@link ConsentWithdrawn} in the same transaction (a success story on it is withdrawn with it).
	 */
	@Transactional
	public boolean withdraw(UUID participantId, UUID consentId, @Nullable String note, UUID by) {
		boolean withdrawn = jdbc.sql("""
				update consent set withdrawn_at = now(), withdrawn_by = :by, withdrawal_note = :note
				where id = :id and participant_id = :p and withdrawn_at is null""")
			.param("id", consentId)
			.param("p", participantId)
			.param("by", by)
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.update() == 1;
		if (withdrawn) {
			events.publishEvent(new ConsentWithdrawn(participantId, consentId));
		}
		return withdrawn;
	}

	private static ConsentText text(ResultSet rs, int row) throws SQLException {
		return new ConsentText(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getInt("version"), rs.getString("language"), rs.getString("title"), rs.getString("body"),
				rs.getObject("valid_from", LocalDate.class));
	}

	private static Consent consent(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		Set<UUID> organisations = new LinkedHashSet<>(Arrays.asList((UUID[]) rs.getArray("organisation_ids").getArray()));
		return new Consent(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
				rs.getObject("text_id", UUID.class), rs.getInt("text_version"), rs.getString("text_language"),
				AgreementStore.categories(rs.getArray("data_categories")), organisations,
				rs.getObject("given_on", LocalDate.class), Consent.GivenHow.valueOf(rs.getString("given_how")),
				rs.getTimestamp("recorded_at").toInstant(), rs.getObject("recorded_by", UUID.class),
				rs.getBoolean("success_story"), withdrawn == null ? null : withdrawn.toInstant(),
				rs.getObject("withdrawn_by", UUID.class));
	}
}
