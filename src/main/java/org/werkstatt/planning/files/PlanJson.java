package org.werkstatt.planning.files;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.FieldOfAction;
import org.werkstatt.planning.plan.Goal;
import org.werkstatt.planning.plan.Indicator;
import org.werkstatt.planning.plan.Measure;
import org.werkstatt.planning.plan.MeasureStatus;
import org.werkstatt.planning.plan.Milestone;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.StatusCount;

/**
 * A plan as JSON open data, as {@code /open-data/plan.schema.json} describes it: the plan, its statuses, fields
 * of action, goals with indicators and their values, the measures with milestones, and the summary. Codes stay
 * codes (statuses, kinds, stages); names are added in the reader's language. Dates are ISO 8601 strings.
 */
final class PlanJson {

	static final String SCHEMA = "/open-data/plan.schema.json";

	private PlanJson() {
	}

	static Map<String, Object> of(PlanData data, StatusLabels labels, Locale locale) {
		Plan plan = data.plan();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("$schema", SCHEMA);
		json.put("generatedAt", Instant.now().toString());
		json.put("language", locale.getLanguage());
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("id", plan.id().toString());
		head.put("url", "/plans/" + plan.id());
		head.put("organisation", organisation(data.owner()));
		head.put("kind", plan.kind().name());
		head.put("title", plan.title());
		head.put("summary", plan.summary());
		head.put("periodStart", plan.periodStart().toString());
		head.put("periodEnd", plan.periodEnd().toString());
		head.put("state", plan.state().name());
		head.put("adoptedBy", plan.adoptedBy());
		head.put("adoptedOn", text(plan.adoptedOn()));
		head.put("visibility", plan.visibility().name());
		json.put("plan", head);
		json.put("statuses", data.statuses().stream().map(status -> status(status, labels, locale)).toList());
		json.put("fieldsOfAction", data.fields().stream().map(PlanJson::field).toList());
		json.put("goals", data.goals().stream().map(PlanJson::goal).toList());
		json.put("measures", data.measures().stream().map(measure -> measure(measure, data, labels, locale)).toList());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("total", data.summary().total());
		List<Map<String, Object>> counts = new ArrayList<>();
		for (StatusCount count : data.summary().counts()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("status", count.status().code());
			row.put("label", labels.label(count.status(), locale));
			row.put("count", count.count());
			row.put("percent", count.percent());
			counts.add(row);
		}
		summary.put("byStatus", counts);
		json.put("summary", summary);
		return json;
	}

	private static @Nullable Map<String, Object> organisation(@Nullable OrganisationSummary organisation) {
		if (organisation == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", organisation.id().toString());
		json.put("slug", organisation.slug());
		json.put("name", organisation.name());
		return json;
	}

	private static Map<String, Object> status(MeasureStatus status, StatusLabels labels, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", status.code());
		json.put("label", labels.label(status, locale));
		json.put("stage", status.stage().name());
		json.put("defaultProgress", status.defaultProgress());
		return json;
	}

	private static Map<String, Object> field(FieldOfAction field) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", field.id().toString());
		json.put("position", field.position());
		json.put("title", field.title());
		json.put("description", field.description());
		json.put("targetGroups", field.targetGroups());
		return json;
	}

	private static Map<String, Object> goal(Goal goal) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", goal.id().toString());
		json.put("fieldOfActionId", text(goal.fieldId()));
		json.put("title", goal.title());
		json.put("description", goal.description());
		List<Map<String, Object>> indicators = new ArrayList<>();
		for (Indicator indicator : goal.indicators()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", indicator.id().toString());
			row.put("name", indicator.name());
			row.put("unit", indicator.unit());
			row.put("baseline", indicator.baseline());
			row.put("target", indicator.target());
			row.put("source", indicator.source());
			row.put("values", indicator.values().stream().map(value -> {
				Map<String, Object> point = new LinkedHashMap<>();
				point.put("measuredOn", value.measuredOn().toString());
				point.put("value", value.value());
				return point;
			}).toList());
			indicators.add(row);
		}
		json.put("indicators", indicators);
		return json;
	}

	private static Map<String, Object> measure(Measure measure, PlanData data, StatusLabels labels, Locale locale) {
		MeasureStatus status = data.status(measure.status());
		FieldOfAction field = data.field(measure.fieldId());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", measure.id().toString());
		json.put("number", measure.number());
		json.put("title", measure.title());
		json.put("description", measure.description());
		json.put("fieldOfActionId", text(measure.fieldId()));
		json.put("fieldOfAction", field == null ? null : field.title());
		json.put("responsibleOrganisation", organisation(data.organisation(measure.responsibleOrganisationId())));
		json.put("partners", measure.partners());
		json.put("status", measure.status());
		json.put("statusLabel", status == null ? measure.status() : labels.label(status, locale));
		json.put("stage", status == null ? null : status.stage().name());
		json.put("progress", measure.progress());
		json.put("startsOn", text(measure.startsOn()));
		json.put("endsOn", text(measure.endsOn()));
		json.put("budget", measure.budget());
		json.put("places", measure.places());
		json.put("updatedAt", measure.updatedAt().toString());
		List<Map<String, Object>> milestones = new ArrayList<>();
		for (Milestone milestone : data.milestonesOf(measure)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("dueOn", milestone.dueOn().toString());
			row.put("title", milestone.title());
			row.put("done", milestone.done());
			milestones.add(row);
		}
		json.put("milestones", milestones);
		return json;
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}
}
