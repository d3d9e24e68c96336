package org.werkstatt.planning.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Measures of plans with their milestones, links and versions. Writes go through {@link Measures}. */
@Repository
public class MeasureStore {

	private static final String COLUMNS = """
			m.id, m.plan_id, m.organisation_id, m.number, m.title, m.description, m.field_id,
			m.responsible_organisation_id, m.responsible_person, m.partners, m.status, m.progress, m.starts_on,
			m.ends_on, m.budget, m.places, m.version, m.updated_at""";

	/**
	 * The filter's conditions on {@code m} (and its field {@code f}); the parameters from {@link #filterParams}.
	 * Measures made from the inbox whose decision is not published yet are left out.
	 */
	private static final String FILTER = """
			 m.plan_id = ? and m.published and (?::uuid is null or m.field_id = ?::uuid) and (?::text is null or m.status = ?::text)
			 and (?::uuid is null or m.responsible_organisation_id = ?::uuid)
			 and (?::text is null or exists (select 1 from unnest(string_to_array(f.target_groups, ',')) g
			      where lower(trim(g)) = lower(?::text)))
			 and (not ?::boolean or exists (select 1 from measure_offer o where o.measure_id = m.id and o.offer_id = any (?)))""";

	private static final TypeReference<List<MeasureChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final JsonMapper json;

	MeasureStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/** A measure to insert with others in one batch. */
	record NewMeasure(UUID id, MeasureForm form, int progress) {
	}

	public Optional<Measure> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from measure m where m.id = ?").param(id).query(MeasureStore::measure).optional();
	}

	/** One page of the plan's measures that pass the filter, by number (numerically where they are numbers). */
	public List<Measure> page(UUID planId, MeasureFilter filter, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + " from measure m left join field_of_action f on f.id = m.field_id where "
				+ FILTER + " order by " + NUMBER_ORDER + " offset ? limit ?")
			.params(concat(filterParams(planId, filter), offset, limit))
			.query(MeasureStore::measure)
			.list();
	}

	/** Every measure of the plan, by number (exports and open data). */
	public List<Measure> all(UUID planId) {
		return page(planId, MeasureFilter.NONE, 0, Integer.MAX_VALUE);
	}

	/** Every measure of the plan for its planners, by number: those made by draft decisions too. */
	public List<Measure> allForPlanners(UUID planId) {
		return jdbc.sql("select " + COLUMNS + " from measure m where m.plan_id = ? order by " + NUMBER_ORDER)
			.param(planId)
			.query(MeasureStore::measure)
			.list();
	}

	/** The plan's measures made by decisions that are not published yet (not public). */
	public java.util.Set<UUID> unpublished(UUID planId) {
		return new java.util.HashSet<>(jdbc.sql("select id from measure where plan_id = ? and not published")
			.param(planId)
			.query(UUID.class)
			.list());
	}

	public int count(UUID planId, MeasureFilter filter) {
		return jdbc.sql("select count(*) from measure m left join field_of_action f on f.id = m.field_id where " + FILTER)
			.params(filterParams(planId, filter))
			.query(Integer.class)
			.single();
	}

	/** How many measures of the plan have each status (statuses without measures are missing). */
	public Map<String, Integer> countsByStatus(UUID planId) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("select status, count(*) from measure where plan_id = ? and published group by status")
			.param(planId)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	/** An idea entered by hand (table {@code manual_idea}), as the measure page shows where it came from. */
	public record ManualIdea(UUID id, @Nullable UUID eventId, String source, String text, java.time.Instant createdAt) {
	}

	/** The ideas entered by hand with these ids. */
	public List<ManualIdea> manualIdeas(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, event_id, source, text, created_at from manual_idea where id = any (?) order by created_at")
			.param(ids.toArray(UUID[]::new))
			.query((rs, n) -> new ManualIdea(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** The organisations responsible for a measure of the plan (the filter's choices). */
	public List<UUID> responsibles(UUID planId) {
		return jdbc.sql("""
				select distinct responsible_organisation_id from measure
				 where plan_id = ? and published and responsible_organisation_id is not null""")
			.param(planId)
			.query(UUID.class)
			.list();
	}

	void insert(UUID id, UUID planId, UUID organisationId, MeasureForm form, int progress, boolean published) {
		jdbc.sql("""
				insert into measure (id, plan_id, organisation_id, number, title, description, field_id,
				    responsible_organisation_id, responsible_person, partners, status, progress, starts_on, ends_on,
				    budget, places, published) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, planId, organisationId, form.number().strip(), form.title().strip(), form.description(),
					form.fieldId(), form.responsibleOrganisationId(), form.responsiblePerson(), form.partners(),
					form.status(), progress, form.startsOn(), form.endsOn(), form.budget(), form.places(), published)
			.update();
	}

	/** Whether the measure is public with its plan (not one made from a decision that is still a draft). */
	public boolean published(UUID id) {
		return jdbc.sql("select published from measure where id = ?").param(id).query(Boolean.class).optional()
			.orElse(false);
	}

	/** Makes these measures public with their plan (their decision has been published). */
	void publish(java.util.Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("update measure set published = true where id = any (?) and not published")
				.param(ids.toArray(UUID[]::new))
				.update();
		}
	}

	/** Whether another measure of the plan than {@code except} has the number. */
	boolean numberTaken(UUID planId, String number, @Nullable UUID except) {
		return jdbc.sql("select exists (select 1 from measure where plan_id = ? and number = ? and id is distinct from ?)")
			.params(planId, number, except)
			.query(Boolean.class)
			.single();
	}

	/** The numbers the measures of the plan's field of action have. */
	List<String> numbers(UUID planId, UUID fieldId) {
		return jdbc.sql("select number from measure where plan_id = ? and field_id = ?")
			.params(planId, fieldId)
			.query(String.class)
			.list();
	}

	/** The numbers the plan's measures have. */
	List<String> numbers(UUID planId) {
		return jdbc.sql("select number from measure where plan_id = ?").param(planId).query(String.class).list();
	}

	/** Inserts the measures and their first versions in two batched statements. */
	void insertAll(UUID planId, UUID organisationId, List<NewMeasure> measures, Editor editor) {
		batch.batchUpdate("""
				insert into measure (id, plan_id, organisation_id, number, title, description, field_id,
				    responsible_organisation_id, responsible_person, partners, status, progress, starts_on, ends_on,
				    budget, places) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				measures.stream().map(m -> {
					MeasureForm form = m.form();
					return new Object[] { m.id(), planId, organisationId, form.number().strip(), form.title().strip(),
							form.description(), form.fieldId(), form.responsibleOrganisationId(), form.responsiblePerson(),
							form.partners(), form.status(), m.progress(), form.startsOn(), form.endsOn(), form.budget(),
							form.places() };
				}).toList());
		batch.batchUpdate("""
				insert into measure_version (measure_id, version, changed_by, changed_by_name, changes)
				values (?, 1, ?, ?, ?::jsonb)""",
				measures.stream()
					.map(m -> new Object[] { m.id(), editor.personId(), editor.name(),
							json.writeValueAsString(MeasureChange.between(null, m.form(), m.progress())) })
					.toList());
	}

	/** Writes the measure if it is still at the version the change was made on; false if someone was quicker. */
	boolean update(UUID id, int version, MeasureForm form, int progress) {
		return jdbc.sql("""
				update measure set number = ?, title = ?, description = ?, field_id = ?, responsible_organisation_id = ?,
				    responsible_person = ?, partners = ?, status = ?, progress = ?, starts_on = ?, ends_on = ?,
				    budget = ?, places = ?, version = version + 1, updated_at = now()
				 where id = ? and version = ?""")
			.params(form.number().strip(), form.title().strip(), form.description(), form.fieldId(),
					form.responsibleOrganisationId(), form.responsiblePerson(), form.partners(), form.status(), progress,
					form.startsOn(), form.endsOn(), form.budget(), form.places(), id, version)
			.update() == 1;
	}

	/** Counts a change that is not in the measure's own columns (a milestone) as its next version. */
	int nextVersion(UUID measureId) {
		return jdbc.sql("update measure set version = version + 1, updated_at = now() where id = ? returning version")
			.param(measureId)
			.query(Integer.class)
			.single();
	}

	void addVersion(UUID measureId, int version, @Nullable UUID personId, String personName, List<MeasureChange> changes) {
		jdbc.sql("""
				insert into measure_version (measure_id, version, changed_by, changed_by_name, changes)
				values (?, ?, ?, ?, ?::jsonb)""")
			.params(measureId, version, personId, personName, json.writeValueAsString(changes))
			.update();
	}

	/** The measure's versions, newest first. */
	public List<MeasureVersion> versions(UUID measureId) {
		return jdbc.sql("""
				select version, changed_at, changed_by_name, changes from measure_version where measure_id = ?
				 order by version desc""")
			.param(measureId)
			.query((rs, n) -> new MeasureVersion(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					json.readValue(rs.getString(4), CHANGES)))
			.list();
	}

	public List<Milestone> milestones(UUID measureId) {
		return jdbc.sql("select id, due_on, title, done from milestone where measure_id = ? order by due_on, title")
			.param(measureId)
			.query((rs, n) -> new Milestone(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getBoolean(4)))
			.list();
	}

	void addMilestone(UUID measureId, LocalDate dueOn, String title, boolean done) {
		jdbc.sql("insert into milestone (measure_id, due_on, title, done) values (?, ?, ?, ?)")
			.params(measureId, dueOn, title.strip(), done)
			.update();
	}

	/** Marks a milestone of the measure done or open; false if the measure has no such milestone. */
	boolean setMilestoneDone(UUID measureId, UUID milestoneId, boolean done) {
		return jdbc.sql("update milestone set done = ? where id = ? and measure_id = ?")
			.params(done, milestoneId, measureId)
			.update() == 1;
	}

	boolean removeMilestone(UUID measureId, UUID milestoneId) {
		return jdbc.sql("delete from milestone where id = ? and measure_id = ?").params(milestoneId, measureId).update() == 1;
	}

	/** The ids of the events the measure is linked to. */
	public List<UUID> links(UUID measureId, LinkKind kind) {
		return jdbc.sql("select target_id from measure_link where measure_id = ? and kind = ?")
			.params(measureId, kind.name())
			.query(UUID.class)
			.list();
	}

	void link(UUID measureId, LinkKind kind, UUID targetId) {
		jdbc.sql("insert into measure_link (measure_id, kind, target_id) values (?, ?, ?) on conflict do nothing")
			.params(measureId, kind.name(), targetId)
			.update();
	}

	void unlink(UUID measureId, LinkKind kind, UUID targetId) {
		jdbc.sql("delete from measure_link where measure_id = ? and kind = ? and target_id = ?")
			.params(measureId, kind.name(), targetId)
			.update();
	}

	/** Measures are ordered by their number: numerically part by part ("2.10" after "2.9"), others as text. */
	private static final String NUMBER_ORDER = """
			(case when m.number ~ '^[0-9]+(\\.[0-9]+)*$' then string_to_array(m.number, '.')::int[] end), m.number""";

	private static Object[] filterParams(UUID planId, MeasureFilter filter) {
		String status = blankToNull(filter.status());
		String targetGroup = blankToNull(filter.targetGroup());
		UUID[] offers = filter.offers() == null ? new UUID[0] : filter.offers().toArray(UUID[]::new);
		return new Object[] { planId, filter.field(), filter.field(), status, status, filter.responsible(),
				filter.responsible(), targetGroup, targetGroup, filter.withOffers(), offers };
	}

	private static Object[] concat(Object[] params, Object... more) {
		List<Object> all = new ArrayList<>(java.util.Arrays.asList(params));
		all.addAll(java.util.Arrays.asList(more));
		return all.toArray();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Measure measure(ResultSet rs, int row) throws SQLException {
		return new Measure(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), rs.getString("number"), rs.getString("title"),
				rs.getString("description"), rs.getObject("field_id", UUID.class),
				rs.getObject("responsible_organisation_id", UUID.class), rs.getString("responsible_person"),
				rs.getString("partners"), rs.getString("status"), rs.getInt("progress"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getBigDecimal("budget"), rs.getObject("places", Integer.class), rs.getInt("version"),
				rs.getTimestamp("updated_at").toInstant());
	}
}
