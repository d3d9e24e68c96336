package org.werkstatt.planning.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One field of a measure that a version changed, as text; {@code from} is null in a measure's first
 * version and for a field that was empty.
 */
public record MeasureChange(String field, @Nullable String from, @Nullable String to) {

	/** The fields a version records, in the order the timeline lists them. */
	static final List<String> FIELDS = List.of("number", "title", "description", "fieldId", "responsibleOrganisationId",
			"responsiblePerson", "partners", "status", "progress", "startsOn", "endsOn", "budget", "places");

	/** The field of a version that links ({@code to}) or unlinks ({@code from}) an offer: its title. */
	static final String OFFER = "offer";

	public String messageKey() {
		return field.equals(OFFER) ? "planning.offers.change" : "measure.change." + field;
	}

	/** What differs between the measure as it is and the form (every filled field for a new measure). */
	static List<MeasureChange> between(@Nullable Measure before, MeasureForm after, int progress) {
		List<@Nullable Object> old = before == null ? null : values(MeasureForm.of(before), before.progress());
		List<@Nullable Object> now = values(after, progress);
		List<MeasureChange> changes = new ArrayList<>();
		for (int i = 0; i < FIELDS.size(); i++) {
			String from = old == null ? null : text(old.get(i));
			String to = text(now.get(i));
			if (!Objects.equals(from, to)) {
				changes.add(new MeasureChange(FIELDS.get(i), from, to));
			}
		}
		return changes;
	}

	private static List<@Nullable Object> values(MeasureForm form, int progress) {
		return java.util.Arrays.asList(form.number(), form.title(), form.description(), form.fieldId(),
				form.responsibleOrganisationId(), form.responsiblePerson(), form.partners(), form.status(), progress,
				form.startsOn(), form.endsOn(), form.budget() == null ? null : form.budget().stripTrailingZeros().toPlainString(),
				form.places());
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}
}
