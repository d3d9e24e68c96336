package org.werkstatt.cooperation.agreement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The agreements, their staff and their versions (each change stores the whole agreement as JSON). */
@Repository
public class AgreementStore {

	private static final String COLUMNS = """
			id, jobcenter_id, provider_id, title, programme, valid_from, valid_until, status, status_reason, ended_at,
			reporting_rhythm, next_report_due, officer_id, data_categories, provider_visibility_days, retention_days,
			jobcenter_confirmed_at, jobcenter_confirmed_by, provider_confirmed_at, provider_confirmed_by, version""";

	private final JdbcClient jdbc;

	AgreementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a jobcenter enters for an agreement. */
	public record Details(UUID providerId, String title, @Nullable String programme, LocalDate validFrom,
			LocalDate validUntil, ReportingRhythm rhythm, @Nullable LocalDate nextReportDue, @Nullable UUID officerId,
			Set<DataCategory> categories, int visibilityDays, int retentionDays) {
	}

	/** A provider staff member within an agreement. */
	public record StaffMember(UUID personId, StaffRole role) {
	}

	public Optional<Agreement> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from agreement where id = :id").param("id", id).query(AgreementStore::map).optional();
	}

	/** An agreement with one person's staff roles in it (empty for anyone who is not its staff). */
	public record Staffed(Agreement agreement, Set<StaffRole> roles) {
	}

	/**
	 * The agreement and the person's staff roles in it in one read: the access rule needs both on every page that
	 * shows participant data.
	 */
	public Optional<Staffed> findStaffed(UUID id, UUID personId) {
		return jdbc.sql("select " + COLUMNS + """
				, array(select role from agreement_staff s where s.agreement_id = agreement.id and s.person_id = :p) as staff_roles
				from agreement where id = :id""")
			.param("id", id)
			.param("p", personId)
			.query((rs, n) -> {
				Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
				for (String role : (String[]) rs.getArray("staff_roles").getArray()) {
					roles.add(StaffRole.valueOf(role));
				}
				return new Staffed(map(rs, n), roles);
			})
			.optional();
	}

	/** The agreements in which the organisation is the jobcenter or the provider, newest first. */
	public List<Agreement> ofOrganisation(UUID organisationId) {
		return jdbc.sql("select " + COLUMNS + " from agreement where jobcenter_id = :o or provider_id = :o order by valid_from desc, title")
			.param("o", organisationId)
			.query(AgreementStore::map)
			.list();
	}

	@Transactional
	public UUID create(UUID jobcenterId, Details d, UUID by) {
		UUID id = jdbc.sql("""
				insert into agreement (jobcenter_id, provider_id, title, programme, valid_from, valid_until, reporting_rhythm,
				  next_report_due, officer_id, data_categories, provider_visibility_days, retention_days, created_by)
				values (:jobcenter, :provider, :title, :programme, :from, :until, :rhythm, :due, :officer, :categories, :visibility,
				  :retention, :by) returning id""")
			.param("jobcenter", jobcenterId)
			.param("provider", d.providerId())
			.param("title", d.title())
			.param("programme", d.programme())
			.param("from", d.validFrom())
			.param("until", d.validUntil())
			.param("rhythm", d.rhythm().name())
			.param("due", d.nextReportDue())
			.param("officer", d.officerId())
			.param("categories", names(d.categories()))
			.param("visibility", d.visibilityDays())
			.param("retention", d.retentionDays())
			.param("by", by)
			.query(UUID.class)
			.single();
		version(id, "CREATED", by);
		return id;
	}

	/**
	 * One side confirms the agreement's current version; when both sides have, it is active. Only a draft can be
	 * confirmed.
	 */
	@Transactional
	public boolean confirm(UUID id, boolean jobcenterSide, UUID by) {
		String column = jobcenterSide ? "jobcenter" : "provider";
		int changed = jdbc.sql("update agreement set " + column + "_confirmed_at = now(), " + column + "_confirmed_by = :by, "
				+ "version = version + 1, modified_at = now() where id = :id and status = 'DRAFT' and " + column + "_confirmed_at is null")
			.param("id", id)
			.param("by", by)
			.update();
		if (changed == 0) {
			return false;
		}
		version(id, jobcenterSide ? "CONFIRMED_JOBCENTER" : "CONFIRMED_PROVIDER", by);
		int activated = jdbc.sql("""
				update agreement set status = 'ACTIVE', version = version + 1, modified_at = now()
				where id = :id and jobcenter_confirmed_at is not null and provider_confirmed_at is not null""")
			.param("id", id)
			.update();
		if (activated == 1) {
			version(id, "ACTIVATED", by);
		}
		return true;
	}

	/** The kinds of change the provider may only propose (the jobcenter decides); the rest the provider makes directly. */
	public Set<ChangeKind> decisionRequired(UUID agreementId) {
		Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
		jdbc.sql("select unnest(decision_required) from agreement where id = :id")
			.param("id", agreementId)
			.query(String.class)
			.list()
			.stream()
			.filter(name -> Arrays.stream(ChangeKind.values()).anyMatch(k -> k.name().equals(name)))
			.forEach(name -> kinds.add(ChangeKind.valueOf(name)));
		kinds.add(ChangeKind.OTHER);
		return kinds;
	}

	/**
	 * Changes a draft or active agreement if it is still at version {@code expectedVersion} (false: someone changed it
	 * meanwhile, or it ended). Every change clears both confirmations: a changed agreement is a draft again until both
	 * sides have confirmed what it now says, and until then provider staff see none of its participants.
	 */
	@Transactional
	public boolean change(UUID id, int expectedVersion, Details d, Set<ChangeKind> decisionRequired, UUID by) {
		int changed = jdbc.sql("""
				update agreement set title = :title, programme = :programme, valid_from = :from, valid_until = :until,
				  reporting_rhythm = :rhythm, next_report_due = :due, officer_id = :officer, data_categories = :categories,
				  decision_required = :decision, provider_visibility_days = :visibility, retention_days = :retention,
				  status = 'DRAFT', jobcenter_confirmed_at = null, jobcenter_confirmed_by = null,
				  provider_confirmed_at = null, provider_confirmed_by = null, version = version + 1, modified_at = now()
				where id = :id and version = :version and status in ('DRAFT', 'ACTIVE')""")
			.param("id", id)
			.param("version", expectedVersion)
			.param("title", d.title())
			.param("programme", d.programme())
			.param("from", d.validFrom())
			.param("until", d.validUntil())
			.param("rhythm", d.rhythm().name())
			.param("due", d.nextReportDue())
			.param("officer", d.officerId())
			.param("categories", names(d.categories()))
			.param("decision", names(decisionRequired))
			.param("visibility", d.visibilityDays())
			.param("retention", d.retentionDays())
			.update();
		if (changed == 1) {
			version(id, "CHANGED", by);
		}
		return changed == 1;
	}

	/** Ends an active agreement on a day (provider visibility counts from it), with an optional reason. */
	@Transactional
	public boolean end(UUID id, LocalDate on, @Nullable String reason, UUID by) {
		return close(id, "ENDED", "status = 'ACTIVE'", on, reason, by);
	}

	/** Cancels a draft or active agreement with a reason: provider staff see none of its participants from now on. */
	@Transactional
	public boolean cancel(UUID id, LocalDate on, String reason, UUID by) {
		return close(id, "CANCELLED", "status in ('DRAFT', 'ACTIVE')", on, reason, by);
	}

	private boolean close(UUID id, String status, String condition, LocalDate on, @Nullable String reason, UUID by) {
		int changed = jdbc.sql("update agreement set status = :status, status_reason = :reason, ended_at = :on, "
				+ "version = version + 1, modified_at = now() where id = :id and " + condition)
			.param("id", id)
			.param("status", status)
			.param("reason", reason)
			.param("on", on)
			.update();
		if (changed == 1) {
			version(id, status, by);
		}
		return changed == 1;
	}

	/**
	 * What each version changed against the one before: version number to the names of the agreement's fields whose
	 * value differs (the first version: none). Read from the stored JSON, one query.
	 */
	public java.util.Map<Integer, List<String>> changedFields(UUID agreementId, Set<String> fields) {
		java.util.Map<Integer, java.util.Map<String, String>> contents = new java.util.TreeMap<>();
		jdbc.sql("select version, key, value::text from agreement_version v, jsonb_each(v.content) where agreement_id = :a")
			.param("a", agreementId)
			.query((rs, n) -> contents.computeIfAbsent(rs.getInt(1), k -> new java.util.HashMap<>()).put(rs.getString(2), rs.getString(3)))
			.list();
		java.util.Map<Integer, List<String>> changed = new java.util.HashMap<>();
		java.util.Map<String, String> previous = null;
		for (var entry : contents.entrySet()) {
			java.util.Map<String, String> current = entry.getValue();
			java.util.Map<String, String> before = previous;
			changed.put(entry.getKey(), before == null ? List.of()
					: fields.stream().filter(f -> !java.util.Objects.equals(before.get(f), current.get(f))).sorted().toList());
			previous = current;
		}
		return changed;
	}

	public List<StaffMember> staff(UUID agreementId) {
		return jdbc.sql("select person_id, role from agreement_staff where agreement_id = :a order by role, added_at")
			.param("a", agreementId)
			.query((rs, n) -> new StaffMember(rs.getObject(1, UUID.class), StaffRole.valueOf(rs.getString(2))))
			.list();
	}

	/** The person's roles within the agreement (empty for anyone who is not its staff). */
	public Set<StaffRole> rolesOf(UUID agreementId, UUID personId) {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		jdbc.sql("select role from agreement_staff where agreement_id = :a and person_id = :p")
			.param("a", agreementId)
			.param("p", personId)
			.query(String.class)
			.list()
			.forEach(r -> roles.add(StaffRole.valueOf(r)));
		return roles;
	}

	@Transactional
	public void addStaff(UUID agreementId, UUID personId, StaffRole role, UUID by) {
		int added = jdbc.sql("""
				insert into agreement_staff (agreement_id, person_id, role, added_by) values (:a, :p, :r, :by)
				on conflict do nothing""")
			.param("a", agreementId)
			.param("p", personId)
			.param("r", role.name())
			.param("by", by)
			.update();
		if (added == 1) {
			bump(agreementId, "STAFF", by);
		}
	}

	@Transactional
	public void removeStaff(UUID agreementId, UUID personId, StaffRole role, UUID by) {
		int removed = jdbc.sql("delete from agreement_staff where agreement_id = :a and person_id = :p and role = :r")
			.param("a", agreementId)
			.param("p", personId)
			.param("r", role.name())
			.update();
		if (removed == 1) {
			bump(agreementId, "STAFF", by);
		}
	}

	/** The versions of an agreement, newest first: number, kind of change, when, by whom. */
	public record VersionEntry(int version, String change, Instant changedAt, UUID changedBy) {
	}

	public List<VersionEntry> versions(UUID agreementId) {
		return jdbc.sql("select version, change, changed_at, changed_by from agreement_version where agreement_id = :a order by version desc")
			.param("a", agreementId)
			.query((rs, n) -> new VersionEntry(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getObject(4, UUID.class)))
			.list();
	}

	private void bump(UUID agreementId, String change, UUID by) {
		jdbc.sql("update agreement set version = version + 1, modified_at = now() where id = :id").param("id", agreementId).update();
		version(agreementId, change, by);
	}

	/** Stores the agreement as it is now (with its offers and staff) as the version its number says. */
	private void version(UUID id, String change, UUID by) {
		jdbc.sql("""
				insert into agreement_version (agreement_id, version, change, content, changed_by)
				select a.id, a.version, :change, to_jsonb(a)
				  || jsonb_build_object('offers', coalesce((select jsonb_agg(o.offer_id) from agreement_offer o where o.agreement_id = a.id), '[]'::jsonb),
				                        'staff', coalesce((select jsonb_agg(jsonb_build_object('person', s.person_id, 'role', s.role))
				                                           from agreement_staff s where s.agreement_id = a.id), '[]'::jsonb)),
				  :by
				from agreement a where a.id = :id""")
			.param("id", id)
			.param("change", change)
			.param("by", by)
			.update();
	}

	static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	static Agreement map(ResultSet rs, int row) throws SQLException {
		return new Agreement(rs.getObject("id", UUID.class), rs.getObject("jobcenter_id", UUID.class),
				rs.getObject("provider_id", UUID.class), rs.getString("title"), rs.getString("programme"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				AgreementStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				rs.getObject("ended_at", LocalDate.class), ReportingRhythm.valueOf(rs.getString("reporting_rhythm")),
				rs.getObject("next_report_due", LocalDate.class), rs.getObject("officer_id", UUID.class),
				categories(rs.getArray("data_categories")), rs.getInt("provider_visibility_days"), rs.getInt("retention_days"),
				instant(rs.getTimestamp("jobcenter_confirmed_at")), rs.getObject("jobcenter_confirmed_by", UUID.class),
				instant(rs.getTimestamp("provider_confirmed_at")), rs.getObject("provider_confirmed_by", UUID.class),
				rs.getInt("version"));
	}

	public static Set<DataCategory> categories(@Nullable Array array) throws SQLException {
		Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
		if (array != null) {
			Arrays.stream((Object[]) array.getArray())
				.map(Object::toString)
				.filter(name -> Arrays.stream(DataCategory.values()).anyMatch(c -> c.name().equals(name)))
				.forEach(name -> set.add(DataCategory.valueOf(name)));
		}
		return set;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
