package org.werkstatt.planning.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.platform.web.Texts;

/** Plans with their statuses, fields of action, goals and indicators. Measures are in {@link MeasureStore}. */
@Repository
public class PlanStore {

	private static final String COLUMNS = """
			id, organisation_id, kind, title, summary, period_start, period_end, status, adopted_by, adopted_on,
			visibility, shared""";

	/** The built-in statuses every plan starts with: code, stage, default progress. */
	static final List<MeasureStatus> BUILT_IN = List.of(new MeasureStatus("PLANNED", null, Stage.PLANNED, 0, 10),
			new MeasureStatus("IN_PROGRESS", null, Stage.ACTIVE, 50, 20),
			new MeasureStatus("DONE", null, Stage.DONE, 100, 30), new MeasureStatus("DROPPED", null, Stage.DROPPED, 0, 40));

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID create(UUID organisationId, PlanForm form) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into plan (id, organisation_id, kind, title, summary, period_start, period_end, status, "
				+ "adopted_by, adopted_on, visibility, shared) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, organisationId, form.kind().name(), form.title().strip(), form.summary(), form.periodStart(),
					form.periodEnd(), form.state().name(), form.adoptedBy(), form.adoptedOn(), form.visibility().name(),
					form.sharedWithMembers())
			.update();
		for (MeasureStatus status : BUILT_IN) {
			jdbc.sql("insert into plan_status (plan_id, code, label, stage, default_progress, position) values (?, ?, null, ?, ?, ?)")
				.params(id, status.code(), status.stage().name(), status.defaultProgress(), status.position())
				.update();
		}
		return id;
	}

	public void update(UUID planId, PlanForm form) {
		jdbc.sql("""
				update plan set kind = ?, title = ?, summary = ?, period_start = ?, period_end = ?, status = ?,
				       adopted_by = ?, adopted_on = ?, visibility = ?, shared = ? where id = ?""")
			.params(form.kind().name(), form.title().strip(), form.summary(), form.periodStart(), form.periodEnd(),
					form.state().name(), form.adoptedBy(), form.adoptedOn(), form.visibility().name(), form.sharedWithMembers(), planId)
			.update();
	}

	public Optional<Plan> find(UUID planId) {
		return jdbc.sql("select " + COLUMNS + " from plan where id = ?").param(planId).query(PlanStore::plan).optional();
	}

	/** Public plans that are not drafts, newest period first. */
	public List<Plan> publicPlans() {
		return jdbc.sql("select " + COLUMNS
				+ " from plan where visibility = 'PUBLIC' and status <> 'DRAFT' order by period_start desc, title")
			.query(PlanStore::plan)
			.list();
	}

	/** The organisation's own plans, and the shared plans of the networks it belongs to. */
	public List<Plan> of(UUID organisationId, List<UUID> networks) {
		return jdbc.sql("select " + COLUMNS
				+ " from plan where organisation_id = ? or (shared and organisation_id = any (?)) order by period_start desc, title")
			.params(organisationId, networks.toArray(UUID[]::new))
			.query(PlanStore::plan)
			.list();
	}

	public List<MeasureStatus> statuses(UUID planId) {
		return jdbc.sql("""
				select code, label, label_da, label_en, stage, default_progress, position from plan_status
				where plan_id = ? order by position""")
			.param(planId)
			.query((rs, n) -> new MeasureStatus(rs.getString("code"),
					rs.getString("label") == null && rs.getString("label_da") == null && rs.getString("label_en") == null
							? null : new Texts(rs.getString("label"), rs.getString("label_da"), rs.getString("label_en")),
					Stage.valueOf(rs.getString("stage")), rs.getInt("default_progress"), rs.getInt("position")))
			.list();
	}

	/**
	 * Adds a status of the plan's own after the others, or changes the one that has one of the same names
	 * (in any language): its names, stage and default progress.
	 */
	public String addStatus(UUID planId, Texts labels, Stage stage, int defaultProgress) {
		String code = statuses(planId).stream()
			.filter(status -> !status.builtIn())
			.filter(status -> Stream.of(labels.de(), labels.da(), labels.en())
				.anyMatch(name -> name != null && status.labels().anyEqualsIgnoreCase(name)))
			.map(MeasureStatus::code)
			.findFirst()
			.orElseGet(() -> "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
		jdbc.sql("""
				insert into plan_status (plan_id, code, label, label_da, label_en, stage, default_progress, position)
				select ?, ?, ?, ?, ?, ?, ?, coalesce(max(position), 0) + 10 from plan_status where plan_id = ?
				on conflict (plan_id, code) do update set label = excluded.label, label_da = excluded.label_da,
				    label_en = excluded.label_en, stage = excluded.stage, default_progress = excluded.default_progress""")
			.params(planId, code, labels.de(), labels.da(), labels.en(), stage.name(), defaultProgress, planId)
			.update();
		return code;
	}

	public List<FieldOfAction> fields(UUID planId) {
		return jdbc.sql("select id, position, title, description, target_groups from field_of_action where plan_id = ? order by position")
			.param(planId)
			.query((rs, n) -> new FieldOfAction(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("title"),
					rs.getString("description"), rs.getString("target_groups")))
			.list();
	}

	public UUID addField(UUID planId, String title, @Nullable String description, @Nullable String targetGroups) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into field_of_action (id, plan_id, position, title, description, target_groups)
				select ?, ?, coalesce(max(position), 0) + 1, ?, ?, ? from field_of_action where plan_id = ?""")
			.params(id, planId, title.strip(), description, targetGroups, planId)
			.update();
		return id;
	}

	public UUID addGoal(UUID planId, @Nullable UUID fieldId, String title, @Nullable String description) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into goal (id, plan_id, field_id, position, title, description)
				select ?, ?, ?, coalesce(max(position), 0) + 1, ?, ? from goal where plan_id = ?""")
			.params(id, planId, fieldId, title.strip(), description, planId)
			.update();
		return id;
	}

	public UUID addIndicator(UUID planId, UUID goalId, String name, String unit, @Nullable BigDecimal baseline,
			@Nullable BigDecimal target, @Nullable String source) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into indicator (id, goal_id, plan_id, position, name, unit, baseline, target, source)
				select ?, ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?, ? from indicator where goal_id = ?""")
			.params(id, goalId, planId, name.strip(), unit.strip(), baseline, target, source, goalId)
			.update();
		return id;
	}

	/** Records the indicator's value on a day (replacing one recorded for that day before). */
	public void recordValue(UUID indicatorId, LocalDate measuredOn, BigDecimal value) {
		jdbc.sql("""
				insert into indicator_value (indicator_id, measured_on, value) values (?, ?, ?)
				on conflict (indicator_id, measured_on) do update set value = excluded.value""")
			.params(indicatorId, measuredOn, value)
			.update();
	}

	/** The plan's goals with their indicators and values, in three queries whatever their number. */
	public List<Goal> goals(UUID planId) {
		Map<UUID, List<Indicator.Value>> values = new LinkedHashMap<>();
		jdbc.sql("""
				select v.indicator_id, v.measured_on, v.value from indicator_value v join indicator i on i.id = v.indicator_id
				 where i.plan_id = ? order by v.measured_on""")
			.param(planId)
			.query(rs -> {
				values.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new Indicator.Value(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)));
			});
		Map<UUID, List<Indicator>> indicators = new LinkedHashMap<>();
		jdbc.sql("select id, goal_id, name, unit, baseline, target, source from indicator where plan_id = ? order by position")
			.param(planId)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				indicators.computeIfAbsent(rs.getObject("goal_id", UUID.class), k -> new ArrayList<>())
					.add(new Indicator(id, rs.getString("name"), rs.getString("unit"), rs.getBigDecimal("baseline"),
							rs.getBigDecimal("target"), rs.getString("source"), values.getOrDefault(id, List.of())));
			});
		return jdbc.sql("select id, field_id, title, description from goal where plan_id = ? order by position")
			.param(planId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Goal(id, rs.getObject("field_id", UUID.class), rs.getString("title"), rs.getString("description"),
						indicators.getOrDefault(id, List.of()));
			})
			.list();
	}

	/**
	 * The plans that are not public but that people of these organisations may read: their own, the shared
	 * programmes of their networks, and those they were invited to ({@link PlanAccess} holds the same rule).
	 */
	public List<Plan> internalReadableBy(java.util.Collection<UUID> organisations, java.util.Collection<UUID> networks) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		UUID[] own = organisations.toArray(UUID[]::new);
		return jdbc.sql("select " + COLUMNS + """
				 from plan p where not (visibility = 'PUBLIC' and status <> 'DRAFT')
				  and (organisation_id = any (?) or (shared and organisation_id = any (?))
				       or exists (select 1 from plan_reader r where r.plan_id = p.id and r.organisation_id = any (?)))
				order by period_start desc, title""")
			.params(own, networks.toArray(UUID[]::new), own)
			.query(PlanStore::plan)
			.list();
	}

	private static Plan plan(ResultSet rs, int row) throws SQLException {
		return new Plan(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				PlanKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("summary"),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				PlanState.valueOf(rs.getString("status")), rs.getString("adopted_by"),
				rs.getObject("adopted_on", LocalDate.class), PlanVisibility.valueOf(rs.getString("visibility")),
				rs.getBoolean("shared"));
	}
}
