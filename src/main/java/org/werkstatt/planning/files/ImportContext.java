package org.werkstatt.planning.files;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.FieldOfAction;
import org.werkstatt.planning.plan.MeasureStatus;

/**
 * What the rows of an import are checked against, loaded once for the whole file: the plan's statuses (by
 * code and by their names in German, Danish and English), its fields of action by title, the organisations
 * by name and by slug, and the numbers its measures already have.
 *
 * @param statusNames a status's code for each of its names, normalised ({@link Column#normalise})
 */
record ImportContext(List<MeasureStatus> statuses, Map<String, String> statusNames, Map<String, FieldOfAction> fields,
		Map<String, OrganisationSummary> organisations, Set<String> takenNumbers) {

	static ImportContext of(List<MeasureStatus> statuses, Map<String, List<String>> namesByCode, List<FieldOfAction> fields,
			List<OrganisationSummary> organisations, Set<String> takenNumbers) {
		Map<String, String> statusNames = new HashMap<>();
		for (MeasureStatus status : statuses) {
			for (String name : namesByCode.getOrDefault(status.code(), List.of())) {
				statusNames.putIfAbsent(Column.normalise(name), status.code());
			}
			if (status.labels() != null) {
				for (String name : new String[] { status.labels().de(), status.labels().da(), status.labels().en() }) {
					if (name != null) {
						statusNames.putIfAbsent(Column.normalise(name), status.code());
					}
				}
			}
		}
		for (MeasureStatus status : statuses) {
			statusNames.put(Column.normalise(status.code()), status.code());
		}
		Map<String, FieldOfAction> fieldsByTitle = new HashMap<>();
		fields.forEach(field -> fieldsByTitle.putIfAbsent(key(field.title()), field));
		Map<String, OrganisationSummary> byName = new HashMap<>();
		organisations.forEach(organisation -> byName.putIfAbsent(key(organisation.name()), organisation));
		organisations.forEach(organisation -> byName.put(key(organisation.slug()), organisation));
		return new ImportContext(statuses, statusNames, fieldsByTitle, byName, takenNumbers);
	}

	@Nullable String status(String name) {
		return statusNames.get(Column.normalise(name));
	}

	@Nullable FieldOfAction field(String title) {
		return fields.get(key(title));
	}

	@Nullable OrganisationSummary organisation(String nameOrSlug) {
		return organisations.get(key(nameOrSlug));
	}

	String defaultStatus() {
		return statuses.getFirst().code();
	}

	/** Case and surrounding or repeated spaces do not matter when a name is looked up. */
	static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}
}
