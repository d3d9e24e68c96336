package org.werkstatt.planning.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The offers of the catalog that implement a measure (table {@code measure_offer}). Offers are known here by id
 * and the title they had when linked; whether the public sees one (only published offers) the catalog says.
 * Writes go through {@link Measures}, which records them as versions of the measure.
 */
@Repository
class MeasureOffers {

	/** An offer linked to a measure, with its title when it was linked. */
	record Linked(UUID offerId, String title) {
	}

	/** A published measure of a public plan, as the offer page lists it. */
	record PublicMeasure(UUID id, String number, String title, UUID planId, String planTitle) {
	}

	private final JdbcClient jdbc;

	MeasureOffers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The offers linked to the measure, in the order they were linked. */
	List<Linked> of(UUID measureId) {
		return jdbc.sql("select offer_id, offer_title from measure_offer where measure_id = ? order by position")
			.param(measureId)
			.query((rs, n) -> new Linked(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/** Links the offer after the measure's others; false if it was linked already. */
	boolean link(UUID measureId, UUID offerId, String title) {
		return jdbc.sql("""
				insert into measure_offer (measure_id, offer_id, position, offer_title)
				select ?, ?, coalesce(max(position), 0) + 1, ? from measure_offer where measure_id = ?
				on conflict do nothing""")
			.params(measureId, offerId, title, measureId)
			.update() == 1;
	}

	/** Removes the link; false if there was none. */
	boolean unlink(UUID measureId, UUID offerId) {
		return jdbc.sql("delete from measure_offer where measure_id = ? and offer_id = ?")
			.params(measureId, offerId)
			.update() == 1;
	}

	/** Every offer linked to a published measure of the plan (the catalog then says which are published). */
	List<UUID> ofPlan(UUID planId) {
		return jdbc.sql("""
				select distinct o.offer_id from measure_offer o join measure m on m.id = o.measure_id
				 where m.plan_id = ? and m.published""")
			.param(planId)
			.query(UUID.class)
			.list();
	}

	/** The offers linked to each measure of the plan that has any, for its planners (unpublished measures too). */
	Map<UUID, List<UUID>> ofPlanForPlanners(UUID planId) {
		Map<UUID, List<UUID>> linked = new HashMap<>();
		jdbc.sql("""
				select o.measure_id, o.offer_id from measure_offer o join measure m on m.id = o.measure_id
				 where m.plan_id = ? order by o.position""")
			.param(planId)
			.query(rs -> {
				linked.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		return linked;
	}

	/**
	 * The measures that implement the offer and that anyone may read: published measures of plans that are
	 * public and no longer drafts ({@link Plan#isPublic}), by plan and number.
	 */
	List<PublicMeasure> publicMeasuresOf(UUID offerId) {
		return jdbc.sql("""
				select m.id, m.number, m.title, p.id, p.title from measure_offer o
				  join measure m on m.id = o.measure_id join plan p on p.id = m.plan_id
				 where o.offer_id = ? and m.published and p.visibility = 'PUBLIC' and p.status <> 'DRAFT'
				 order by p.period_start desc, p.title,
				       (case when m.number ~ '^[0-9]+(\\.[0-9]+)*$' then string_to_array(m.number, '.')::int[] end), m.number""")
			.param(offerId)
			.query((rs, n) -> new PublicMeasure(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5)))
			.list();
	}
}
