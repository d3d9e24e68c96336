package org.werkstatt.planning.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.planning.plan.NextNumber;

/** The measures a decision may point to, and the names of the ones decisions point to, each in one query. */
@Repository
class MeasureRefs {

	private static final String SELECT = """
			select m.id, m.plan_id, p.title as plan_title, m.number, m.title,
			       (p.visibility = 'PUBLIC' and p.status <> 'DRAFT') as public_plan from measure m join plan p on p.id = m.plan_id
			""";

	private static final String ORDER = """
			 order by p.period_start desc, p.title,
			 (case when m.number ~ '^[0-9]+(\\.[0-9]+)*$' then string_to_array(m.number, '.')::int[] end), m.number""";

	private final JdbcClient jdbc;

	MeasureRefs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The measures of the organisation's own plans, and those it keeps in a network's shared programme. */
	List<MeasureRef> ofOrganisation(UUID organisationId) {
		return jdbc.sql(SELECT + " where p.organisation_id = ? or m.organisation_id = ? " + ORDER)
			.params(organisationId, organisationId)
			.query(MeasureRefs::ref)
			.list();
	}

	/**
	 * The plans a new measure of the organisation may go into: its own, and the shared programmes of the
	 * networks it belongs to; newest period first.
	 */
	List<PlanRef> plansOf(UUID organisationId, List<UUID> networks) {
		return jdbc.sql("""
				select id, title, kind, organisation_id from plan
				 where organisation_id = ? or (shared and organisation_id = any (?))
				 order by period_start desc, title""")
			.params(organisationId, networks.toArray(UUID[]::new))
			.query((rs, row) -> new PlanRef(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("kind"),
					rs.getObject("organisation_id", UUID.class)))
			.list();
	}

	/**
	 * What the form offers for a new measure in each of these plans: its fields of action (in order) and the
	 * next free number ({@link NextNumber}), in two queries.
	 */
	Map<UUID, NewMeasureChoice> newMeasureChoices(List<UUID> planIds) {
		Map<UUID, List<InboxPage.Option>> fields = new LinkedHashMap<>();
		Map<UUID, List<String>> numbers = new LinkedHashMap<>();
		UUID[] ids = planIds.toArray(UUID[]::new);
		jdbc.sql("select plan_id, id, title from field_of_action where plan_id = any (?) order by position, title")
			.param(ids)
			.query(rs -> {
				fields.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
					.add(new InboxPage.Option(rs.getString(2), rs.getString(3)));
			});
		jdbc.sql("select plan_id, number from measure where plan_id = any (?)").param(ids).query(rs -> {
			numbers.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>()).add(rs.getString(2));
		});
		Map<UUID, NewMeasureChoice> choices = new LinkedHashMap<>();
		for (UUID id : planIds) {
			choices.put(id, new NewMeasureChoice(fields.getOrDefault(id, List.of()),
					NextNumber.suggest(numbers.getOrDefault(id, List.of()), List.of())));
		}
		return choices;
	}

	/** A plan's fields of action and next free number, for the new measure of a decision. */
	record NewMeasureChoice(List<InboxPage.Option> fields, String nextNumber) {
	}

	/** A plan as the decision form offers it. */
	record PlanRef(UUID id, String title, String kind, UUID organisationId) {
	}

	Map<UUID, MeasureRef> byIds(Collection<UUID> ids) {
		Map<UUID, MeasureRef> byId = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql(SELECT + " where m.id = any (?)")
				.param(ids.toArray(UUID[]::new))
				.query(MeasureRefs::ref)
				.list()
				.forEach(m -> byId.put(m.id(), m));
		}
		return byId;
	}

	private static MeasureRef ref(ResultSet rs, int row) throws SQLException {
		return new MeasureRef(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
				rs.getString("plan_title"), rs.getString("number"), rs.getString("title"),
				rs.getBoolean("public_plan"));
	}
}
