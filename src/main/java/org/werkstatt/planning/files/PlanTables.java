package org.werkstatt.planning.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.FieldOfAction;
import org.werkstatt.planning.plan.Goal;
import org.werkstatt.planning.plan.Indicator;
import org.werkstatt.planning.plan.Measure;
import org.werkstatt.planning.plan.MeasureStatus;

/**
 * A plan as tables in the reader's language, for the CSV and the workbook: the measures (with the import's
 * headings, so that an exported file imports again), the fields of action, and the goals with one row per
 * indicator value. Numbers stay numbers and dates stay {@link java.time.LocalDate}s: date cells in the workbook, ISO in
 * the CSV, the reader's pattern in the PDF.
 */
final class PlanTables {

	private final PlanData data;
	private final StatusLabels labels;
	private final MessageSource messages;
	private final Locale locale;

	PlanTables(PlanData data, StatusLabels labels, MessageSource messages, Locale locale) {
		this.data = data;
		this.labels = labels;
		this.messages = messages;
		this.locale = locale;
	}

	List<Object[]> measures() {
		List<Object[]> rows = new ArrayList<>();
		// the contact person is a staff member's name: the plan's pages do not show it, nor do its files
		rows.add(java.util.Arrays.stream(Column.values()).filter(c -> c != Column.RESPONSIBLE_PERSON)
			.map(c -> text(c.messageKey())).toArray());
		for (Measure measure : data.measures()) {
			FieldOfAction field = data.field(measure.fieldId());
			OrganisationSummary responsible = data.organisation(measure.responsibleOrganisationId());
			MeasureStatus status = data.status(measure.status());
			rows.add(new Object[] { measure.number(), measure.title(), measure.description(), field == null ? null : field.title(),
					responsible == null ? null : responsible.name(), measure.partners(),
					status == null ? measure.status() : labels.label(status, locale), measure.progress(), measure.startsOn(),
					measure.endsOn(), measure.budget(), measure.places(), milestones(measure) });
		}
		return rows;
	}

	/** The measure's milestones in one cell: "2026-03-31 ✓ Title | 2026-06-30 Title". */
	private String milestones(Measure measure) {
		return data.milestonesOf(measure)
			.stream()
			.map(m -> m.dueOn() + (m.done() ? " ✓ " : " ") + m.title())
			.collect(Collectors.joining(" | "));
	}

	List<Object[]> fields() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { text("files.export.position"), text("files.column.FIELD"), text("files.column.DESCRIPTION"),
				text("files.export.targetGroups") });
		for (FieldOfAction field : data.fields()) {
			rows.add(new Object[] { field.position(), field.title(), field.description(), field.targetGroups() });
		}
		return rows;
	}

	List<Object[]> goals() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { text("files.export.goal"), text("files.column.FIELD"), text("files.export.indicator"),
				text("files.export.unit"), text("files.export.baseline"), text("files.export.target"),
				text("files.export.source"), text("files.export.measuredOn"), text("files.export.value") });
		for (Goal goal : data.goals()) {
			FieldOfAction field = data.field(goal.fieldId());
			String fieldTitle = field == null ? null : field.title();
			if (goal.indicators().isEmpty()) {
				rows.add(new Object[] { goal.title(), fieldTitle });
			}
			for (Indicator indicator : goal.indicators()) {
				if (indicator.values().isEmpty()) {
					rows.add(new Object[] { goal.title(), fieldTitle, indicator.name(), indicator.unit(), indicator.baseline(),
							indicator.target(), indicator.source() });
				}
				for (Indicator.Value value : indicator.values()) {
					rows.add(new Object[] { goal.title(), fieldTitle, indicator.name(), indicator.unit(), indicator.baseline(),
							indicator.target(), indicator.source(), value.measuredOn(), value.value() });
				}
			}
		}
		return rows;
	}

	StatusLabels labels() {
		return labels;
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
