package org.werkstatt.planning.plan;

/** What kind of plan: the German programme, the Danish plan, an action plan, a quality programme. */
public enum PlanKind {
	LABOUR_MARKET_PROGRAMME, EMPLOYMENT_PLAN, ACTION_PLAN, QUALITY_PROGRAMME;

	public String messageKey() {
		return "plan.kind." + name();
	}
}
