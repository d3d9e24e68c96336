package org.werkstatt.catalog.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The only writer of offers, their versions and the published content's lists. An offer starts as a draft
 * (version 1); a change of it is a new version that is saved, submitted to the catalog's owner, and published
 * or sent back with a reason. The offer's columns and lists hold the published version (or the first draft's
 * content while none was published); search reads only those. Every change of state locks the offer's row, so
 * that two decisions, or a decision and a save, cannot cross. A change its state does not allow is refused
 * with an {@link OfferStateException}.
 */
@Repository
public class OfferStore {

	static final String OFFER_COLUMNS = """
			o.id, o.organisation_id, o.owner_id, o.state, o.published_version, o.language, o.external_id, o.title,
			o.created_at, o.modified_at, o.published_at""";

	private static final String VERSION_COLUMNS = """
			number, content, state, created_by_name, created_at, submitted_at, decided_by_name, decided_at, reason""";

	/** The version in work: a draft, a submitted one, or a returned one not yet reworked (as a SQL condition). */
	private static final String OPEN = "(state in ('DRAFT', 'SUBMITTED') or (state = 'RETURNED' and not reworked))";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final MessageSource messages;
	private final PlacesRule placesRule;

	OfferStore(JdbcClient jdbc, JsonMapper json, MessageSource messages, PlacesRule placesRule) {
		this.jdbc = jdbc;
		this.json = json;
		this.messages = messages;
		this.placesRule = placesRule;
	}

	/** A new offer of the provider, approved by the owner: its content in the columns, version 1 a draft. */
	@Transactional
	public UUID create(UUID provider, UUID owner, OfferContent content, Editor editor, @Nullable String externalId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into offer (id, organisation_id, owner_id, state, external_id, language, title, short_description,
				    format, time_model) values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?)""")
			.params(id, provider, owner, externalId, language(content), content.title(), content.shortDescription(),
					content.format().name(), content.timeModel().name())
			.update();
		writeColumns(id, content);
		jdbc.sql("""
				insert into offer_version (offer_id, number, content, state, created_by, created_by_name)
				values (?, 1, ?::jsonb, 'DRAFT', ?, ?)""")
			.params(id, json.writeValueAsString(content), editor.personId(), editor.name())
			.update();
		return id;
	}

	/**
	 * Saves the content as the offer's open version: a draft is overwritten, a submitted one is withdrawn and
	 * becomes a draft; a returned version stays as it was sent back and its rework starts a new version (which
	 * shows the reason while it is worked on); without an open version a new one starts. While the offer was never published its columns follow the draft.
	 *
	 * @return the number of the version saved
	 */
	@Transactional
	public int saveDraft(UUID offerId, OfferContent content, Editor editor) {
		OfferRecord offer = lock(offerId);
		Optional<Integer> open = openNumber(offerId);
		int number;
		Optional<VersionState> openState = open.flatMap(n -> versionState(offerId, n));
		if (open.isPresent() && openState.get() != VersionState.RETURNED) {
			number = open.get();
			jdbc.sql("""
					update offer_version set content = ?::jsonb, state = 'DRAFT', submitted_at = null
					 where offer_id = ? and number = ?""")
				.params(json.writeValueAsString(content), offerId, number)
				.update();
		}
		else {
			// a returned version stays as it was sent back; its rework is a new version
			Integer reworks = open.orElse(null);
			if (reworks != null) {
				jdbc.sql("update offer_version set reworked = true where offer_id = ? and number = ?")
					.params(offerId, reworks)
					.update();
			}
			number = jdbc.sql("select coalesce(max(number), 0) + 1 from offer_version where offer_id = ?")
				.param(offerId)
				.query(Integer.class)
				.single();
			jdbc.sql("""
					insert into offer_version (offer_id, number, content, state, created_by, created_by_name, reworks)
					values (?, ?, ?::jsonb, 'DRAFT', ?, ?, ?)""")
				.params(offerId, number, json.writeValueAsString(content), editor.personId(), editor.name(), reworks)
				.update();
		}
		if (offer.publishedVersion() == null) {
			writeColumns(offerId, content);
		}
		return number;
	}

	/** Submits the open draft (or a returned version as it is) to the owner's approvers; its number. */
	@Transactional
	public int submit(UUID offerId, Editor editor) {
		lock(offerId);
		OfferVersion open = workingVersion(offerId)
			.orElseThrow(() -> new OfferStateException("catalog.offer.error.nothingToSubmit"));
		if (open.state() == VersionState.SUBMITTED) {
			throw new OfferStateException("catalog.offer.error.alreadySubmitted");
		}
		jdbc.sql("update offer_version set state = 'SUBMITTED', submitted_at = now() where offer_id = ? and number = ?")
			.params(offerId, open.number())
			.update();
		return open.number();
	}

	/**
	 * Publishes the version: it becomes the one the public sees, the one before is superseded, the columns and
	 * lists are rewritten with its content, the search text is written and {@code modified_at} moves. Only a
	 * submitted version may be published, except on the owner's own offers, whose approvers publish their
	 * draft directly. An archived offer stays archived (its content is brought up to date).
	 */
	@Transactional
	public void publish(UUID offerId, int version, Editor approver) {
		publish(offerId, version, approver, null);
	}

	/**
	 * Publishes the version as {@link #publish(UUID, int, Editor)} does, but only when it is still the submission
	 * the approver read: submitted at {@code seenSubmittedAt} (checked under the offer's lock, so a withdrawal and
	 * resubmission with other content in between is refused with {@code catalog.offer.error.changedMeanwhile}).
	 */
	@Transactional
	public void publish(UUID offerId, int version, Editor approver, @Nullable Instant seenSubmittedAt) {
		OfferRecord offer = lock(offerId);
		VersionState state = versionState(offerId, version)
			.orElseThrow(() -> new OfferStateException("catalog.offer.error.noSuchVersion"));
		if (seenSubmittedAt != null) {
			requireSeen(offerId, version, seenSubmittedAt);
		}
		boolean direct = offer.ownOffer() && (state == VersionState.DRAFT || state == VersionState.RETURNED);
		if (state != VersionState.SUBMITTED && !direct) {
			throw new OfferStateException("catalog.offer.error.notSubmitted");
		}
		OfferContent content = content(offerId, version).orElseThrow();
		jdbc.sql("update offer_version set state = 'SUPERSEDED' where offer_id = ? and state = 'PUBLISHED'")
			.param(offerId)
			.update();
		jdbc.sql("""
				update offer_version set state = 'PUBLISHED', submitted_at = coalesce(submitted_at, now()), decided_by = ?,
				    decided_by_name = ?, decided_at = now(), reason = null
				 where offer_id = ? and number = ?""")
			.params(approver.personId(), approver.name(), offerId, version)
			.update();
		writeColumns(offerId, content);
		writeLists(offerId, content);
		String config = switch (language(content)) {
			case "da" -> "danish";
			case "en" -> "english";
			default -> "german";
		};
		String groups = content.targetGroups().stream()
			.map(group -> group.code() != null
					? messages.getMessage(group.code().messageKey(), null, group.code().name(), Locale.of(language(content)))
					: group.label())
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining(" "));
		String keywords = (content.keywords() == null ? "" : content.keywords()) + " " + groups;
		String descriptions = content.shortDescription() + " " + (content.description() == null ? "" : content.description());
		jdbc.sql("""
				update offer set state = case when state = 'ARCHIVED' then 'ARCHIVED' else 'PUBLISHED' end,
				    published_version = ?, published_at = now(), modified_at = now(),
				    search = setweight(to_tsvector(?::regconfig, title), 'A') || setweight(to_tsvector('simple', title), 'A')
				        || setweight(to_tsvector(?::regconfig, ?), 'B') || setweight(to_tsvector(?::regconfig, ?), 'C')
				 where id = ?""")
			.params(version, config, config, keywords, config, descriptions, offerId)
			.update();
	}

	/** Sends the submitted version back to its provider with the reason; it stays open for rework. */
	@Transactional
	public void sendBack(UUID offerId, int version, Editor approver, String reason) {
		sendBack(offerId, version, approver, reason, null);
	}

	/** Sends the version back, only when it is still the submission the approver read (see {@link #publish}). */
	@Transactional
	public void sendBack(UUID offerId, int version, Editor approver, String reason, @Nullable Instant seenSubmittedAt) {
		lock(offerId);
		VersionState state = versionState(offerId, version)
			.orElseThrow(() -> new OfferStateException("catalog.offer.error.noSuchVersion"));
		if (seenSubmittedAt != null) {
			requireSeen(offerId, version, seenSubmittedAt);
		}
		if (state != VersionState.SUBMITTED) {
			throw new OfferStateException("catalog.offer.error.notSubmitted");
		}
		jdbc.sql("""
				update offer_version set state = 'RETURNED', decided_by = ?, decided_by_name = ?, decided_at = now(), reason = ?
				 where offer_id = ? and number = ?""")
			.params(approver.personId(), approver.name(), reason.strip(), offerId, version)
			.update();
	}

	/**
	 * Gives up the open version (a change of a published offer); the published one stays. An offer never
	 * published has nothing to fall back to: it is deleted instead ({@link #deleteDraft}).
	 */
	@Transactional
	public void discardDraft(UUID offerId, Editor editor) {
		OfferRecord offer = lock(offerId);
		if (offer.publishedVersion() == null) {
			throw new OfferStateException("catalog.offer.error.neverPublished");
		}
		int changed = jdbc.sql("update offer_version set state = 'DISCARDED' where offer_id = ? and " + OPEN)
			.param(offerId)
			.update();
		if (changed == 0) {
			throw new OfferStateException("catalog.offer.error.nothingOpen");
		}
	}

	/** Deletes an offer that was never published, with its versions and runs. */
	@Transactional
	public void deleteDraft(UUID offerId) {
		OfferRecord offer = lock(offerId);
		if (offer.publishedVersion() != null) {
			throw new OfferStateException("catalog.offer.error.wasPublished");
		}
		jdbc.sql("delete from offer where id = ?").param(offerId).update();
	}

	/** Takes the offer off the catalog; it is kept with its versions and runs. */
	@Transactional
	public void archive(UUID offerId, Editor editor) {
		OfferRecord offer = lock(offerId);
		if (offer.state() == OfferState.ARCHIVED) {
			throw new OfferStateException("catalog.offer.error.archived");
		}
		jdbc.sql("update offer set state = 'ARCHIVED', modified_at = now() where id = ?").param(offerId).update();
	}

	/** Brings an archived offer back: published again if it had been published, a draft otherwise. */
	@Transactional
	public void unarchive(UUID offerId, Editor editor) {
		OfferRecord offer = lock(offerId);
		if (offer.state() != OfferState.ARCHIVED) {
			throw new OfferStateException("catalog.offer.error.notArchived");
		}
		jdbc.sql("""
				update offer set state = case when published_version is null then 'DRAFT' else 'PUBLISHED' end,
				    modified_at = now() where id = ?""")
			.param(offerId)
			.update();
	}

	public Optional<OfferRecord> find(UUID offerId) {
		return jdbc.sql("select " + OFFER_COLUMNS + " from offer o where o.id = ?")
			.param(offerId)
			.query(OfferStore::record)
			.optional();
	}

	/** The content the public sees, from the published version. */
	public Optional<OfferContent> publishedContent(UUID offerId) {
		return jdbc.sql("""
				select v.content from offer o join offer_version v on v.offer_id = o.id and v.number = o.published_version
				 where o.id = ?""")
			.param(offerId)
			.query((rs, n) -> json.readValue(rs.getString(1), OfferContent.class))
			.optional();
	}

	/** The version being worked on: a draft, a submitted or a returned one. */
	public Optional<OfferVersion> workingVersion(UUID offerId) {
		// a rework carries the decision on the version it reworks, so that the provider keeps seeing why
		return jdbc.sql("""
				select v.number, v.content, v.state, v.created_by_name, v.created_at, v.submitted_at,
				       coalesce(v.decided_by_name, r.decided_by_name), coalesce(v.decided_at, r.decided_at),
				       coalesce(v.reason, r.reason)
				  from offer_version v
				  left join offer_version r on r.offer_id = v.offer_id and r.number = v.reworks
				 where v.offer_id = ? and (v.state in ('DRAFT', 'SUBMITTED') or (v.state = 'RETURNED' and not v.reworked))""")
			.param(offerId)
			.query(this::version)
			.optional();
	}

	public Optional<OfferVersion> version(UUID offerId, int number) {
		return jdbc.sql("select " + VERSION_COLUMNS + " from offer_version where offer_id = ? and number = ?")
			.params(offerId, number)
			.query(this::version)
			.optional();
	}

	/** Every version of the offer, newest first. */
	public List<OfferVersion> versions(UUID offerId) {
		return jdbc.sql("select " + VERSION_COLUMNS + " from offer_version where offer_id = ? order by number desc")
			.param(offerId)
			.query(this::version)
			.list();
	}

	/**
	 * The organisation's offers for its list page, by title (archived ones last), with the open version, the
	 * number of runs and of runs whose places need confirming.
	 */
	public List<OfferListEntry> ofOrganisation(UUID organisationId) {
		return entries("o.organisation_id = ?", "o.state = 'ARCHIVED', lower(o.title), o.id", organisationId);
	}

	/** The offers whose change waits for the owner's approval, oldest submission first. */
	public List<OfferListEntry> submittedFor(UUID ownerId) {
		return entries("o.owner_id = ? and v.state = 'SUBMITTED'", "v.submitted_at, o.id", ownerId);
	}

	private List<OfferListEntry> entries(String condition, String order, UUID id) {
		List<Object> params = new ArrayList<>(placesRule.sqlParameters());
		params.add(id);
		return jdbc.sql("select " + OFFER_COLUMNS + """
				, v.number, v.state, v.content ->> 'title',
				 (select count(*) from offer_run r where r.offer_id = o.id),
				 (select count(*) from offer_run r where r.offer_id = o.id and""" + " " + PlacesRule.NEEDS_CONFIRMATION_SQL + """
				)
				 from offer o left join offer_version v on v.offer_id = o.id and (v.state in ('DRAFT', 'SUBMITTED') or (v.state = 'RETURNED' and not v.reworked))"""
				+ " where " + condition + " order by " + order)
			.params(params)
			.query((rs, n) -> {
				Object number = rs.getObject(12);
				String state = rs.getString(13);
				return new OfferListEntry(record(rs, n), number == null ? null : rs.getInt(12),
						state == null ? null : VersionState.valueOf(state), rs.getString(14), rs.getInt(15), rs.getInt(16));
			})
			.list();
	}

	/** The offer's row, locked until the transaction ends. */
	private OfferRecord lock(UUID offerId) {
		return jdbc.sql("select " + OFFER_COLUMNS + " from offer o where o.id = ? for update")
			.param(offerId)
			.query(OfferStore::record)
			.optional()
			.orElseThrow(() -> new OfferStateException("catalog.offer.error.notFound"));
	}

	private void requireSeen(UUID offerId, int version, Instant seenSubmittedAt) {
		boolean same = jdbc.sql("""
				select submitted_at is not null and floor(extract(epoch from submitted_at) * 1000)::bigint = ?
				  from offer_version where offer_id = ? and number = ?""")
			.params(seenSubmittedAt.toEpochMilli(), offerId, version)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (!same) {
			throw new OfferStateException("catalog.offer.error.changedMeanwhile");
		}
	}

	private Optional<Integer> openNumber(UUID offerId) {
		return jdbc.sql("select number from offer_version where offer_id = ? and " + OPEN)
			.param(offerId)
			.query(Integer.class)
			.optional();
	}

	private Optional<VersionState> versionState(UUID offerId, int number) {
		return jdbc.sql("select state from offer_version where offer_id = ? and number = ?")
			.params(offerId, number)
			.query((rs, n) -> VersionState.valueOf(rs.getString(1)))
			.optional();
	}

	private Optional<OfferContent> content(UUID offerId, int number) {
		return jdbc.sql("select content from offer_version where offer_id = ? and number = ?")
			.params(offerId, number)
			.query((rs, n) -> json.readValue(rs.getString(1), OfferContent.class))
			.optional();
	}

	private void writeColumns(UUID offerId, OfferContent c) {
		OfferContent.Azav azav = c.azav();
		jdbc.sql("""
				update offer set language = ?, title = ?, short_description = ?, description = ?, prerequisites = ?,
				    outcome = ?, examining_body = ?, azav_certifier = ?, azav_measure_number = ?, azav_valid_until = ?,
				    format = ?, time_model = ?, duration = ?, keywords = ?
				 where id = ?""")
			.params(language(c), c.title(), c.shortDescription(), c.description(), c.prerequisites(), c.outcome(),
					c.examiningBody(), azav == null ? null : azav.certifier(), azav == null ? null : azav.measureNumber(),
					azav == null ? null : azav.validUntil(), c.format().name(), c.timeModel().name(), c.duration(),
					c.keywords(), offerId)
			.update();
	}

	private void writeLists(UUID offerId, OfferContent c) {
		for (String table : List.of("offer_legal_basis", "offer_funding", "offer_target_group", "offer_accessibility",
				"offer_module", "offer_contact")) {
			jdbc.sql("delete from " + table + " where offer_id = ?").param(offerId).update();
		}
		for (String code : c.legalBases().stream().distinct().toList()) {
			jdbc.sql("insert into offer_legal_basis (offer_id, code) values (?, ?)").params(offerId, code).update();
		}
		for (Funding funding : c.funding().stream().distinct().toList()) {
			jdbc.sql("insert into offer_funding (offer_id, code) values (?, ?)").params(offerId, funding.name()).update();
		}
		int position = 0;
		for (OfferContent.TargetGroupEntry group : c.targetGroups()) {
			jdbc.sql("insert into offer_target_group (offer_id, position, code, label) values (?, ?, ?, ?)")
				.params(offerId, position++, group.code() == null ? null : group.code().name(),
						group.code() == null ? group.label() : null)
				.update();
		}
		for (Accessibility feature : c.accessibility().stream().distinct().toList()) {
			jdbc.sql("insert into offer_accessibility (offer_id, code) values (?, ?)").params(offerId, feature.name()).update();
		}
		position = 0;
		for (OfferContent.Module module : c.modules()) {
			jdbc.sql("insert into offer_module (id, offer_id, position, name, hours, description) values (?, ?, ?, ?, ?, ?)")
				.params(module.id(), offerId, position++, module.name(), module.hours(), module.description())
				.update();
		}
		position = 0;
		for (OfferContent.Contact contact : c.contacts()) {
			jdbc.sql("insert into offer_contact (offer_id, position, name, role, email, phone) values (?, ?, ?, ?, ?, ?)")
				.params(offerId, position++, contact.name(), contact.role(), contact.email(), contact.phone())
				.update();
		}
	}

	private static String language(OfferContent content) {
		return switch (content.language()) {
			case "da", "en" -> content.language();
			default -> "de";
		};
	}

	static OfferRecord record(ResultSet rs, int n) throws SQLException {
		Object published = rs.getObject(5);
		Timestamp publishedAt = rs.getTimestamp(11);
		return new OfferRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				OfferState.valueOf(rs.getString(4)), published == null ? null : rs.getInt(5), rs.getString(6),
				rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(),
				publishedAt == null ? null : publishedAt.toInstant());
	}

	private OfferVersion version(ResultSet rs, int n) throws SQLException {
		Timestamp submitted = rs.getTimestamp(6);
		Timestamp decided = rs.getTimestamp(8);
		return new OfferVersion(rs.getInt(1), json.readValue(rs.getString(2), OfferContent.class),
				VersionState.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
				submitted == null ? null : submitted.toInstant(), rs.getString(7),
				decided == null ? null : decided.toInstant(), rs.getString(9));
	}
}
