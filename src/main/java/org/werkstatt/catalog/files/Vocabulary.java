package org.werkstatt.catalog.files;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.werkstatt.catalog.offer.Accessibility;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Funding;
import org.werkstatt.catalog.offer.TargetGroup;
import org.werkstatt.catalog.offer.TimeModel;
import org.werkstatt.platform.files.ImportValues;

/**
 * The catalog's vocabularies as an import reads them: each value by its code ({@code IN_PERSON}) or by its
 * name in German, Danish or English (case, spaces and punctuation aside); the format also by the BA's
 * instruction-form codes (KURSNET: 101–105 in person, 201–206 digital, 301–304 blended, 401–403 distance).
 */
@Component
class Vocabulary {

	private final Map<String, Format> formats = new HashMap<>();
	private final Map<String, TimeModel> timeModels = new HashMap<>();
	private final Map<String, Funding> funding = new HashMap<>();
	private final Map<String, Accessibility> accessibility = new HashMap<>();
	private final Map<String, TargetGroup> targetGroups = new HashMap<>();

	Vocabulary(MessageSource messages) {
		fill(formats, Format.values(), Format::messageKey, messages);
		fill(timeModels, TimeModel.values(), TimeModel::messageKey, messages);
		fill(funding, Funding.values(), Funding::messageKey, messages);
		fill(accessibility, Accessibility.values(), Accessibility::messageKey, messages);
		fill(targetGroups, TargetGroup.values(), TargetGroup::messageKey, messages);
		for (int code = 101; code <= 105; code++) {
			formats.put(String.valueOf(code), Format.IN_PERSON);
		}
		for (int code = 201; code <= 206; code++) {
			formats.put(String.valueOf(code), Format.DIGITAL);
		}
		for (int code = 301; code <= 304; code++) {
			formats.put(String.valueOf(code), Format.HYBRID);
		}
		for (int code = 401; code <= 403; code++) {
			formats.put(String.valueOf(code), Format.DISTANCE);
		}
		timeModels.putIfAbsent("vollzeit", TimeModel.FULL_TIME);
		timeModels.putIfAbsent("teilzeit", TimeModel.PART_TIME);
		timeModels.putIfAbsent("fuldtid", TimeModel.FULL_TIME);
		timeModels.putIfAbsent("deltid", TimeModel.PART_TIME);
	}

	private static <E extends Enum<E>> void fill(Map<String, E> map, E[] values, Function<E, String> key,
			MessageSource messages) {
		for (E value : values) {
			map.put(ImportValues.heading(value.name()), value);
			for (Locale locale : List.of(Locale.GERMAN, Locale.of("da"), Locale.ENGLISH)) {
				String label = messages.getMessage(key.apply(value), null, null, locale);
				if (label != null) {
					map.putIfAbsent(ImportValues.heading(label), value);
				}
			}
		}
	}

	@Nullable Format format(String text) {
		return formats.get(ImportValues.heading(text));
	}

	@Nullable TimeModel timeModel(String text) {
		return timeModels.get(ImportValues.heading(text));
	}

	@Nullable Funding funding(String text) {
		return funding.get(ImportValues.heading(text));
	}

	@Nullable Accessibility accessibility(String text) {
		return accessibility.get(ImportValues.heading(text));
	}

	@Nullable TargetGroup targetGroup(String text) {
		return targetGroups.get(ImportValues.heading(text));
	}
}
