package org.werkstatt.catalog.files;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.werkstatt.catalog.offer.Accessibility;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.Funding;
import org.werkstatt.catalog.offer.OfferContent;
import org.werkstatt.catalog.offer.TargetGroup;
import org.werkstatt.catalog.offer.TimeModel;
import org.werkstatt.platform.files.ImportValues;

/**
 * Checks the items of an import against the catalog and each other, and makes an offer's content or a run of
 * each: every problem is named with its field. The limits are those of the catalog's tables; the rules those
 * the editor keeps (AZAV certification complete and still valid, a run's end not before its start, places
 * between 0 and the most participants).
 */
final class ItemCheck {

	private static final BigDecimal MAX_COST = new BigDecimal("99999999.99");

	private ItemCheck() {
	}

	static List<CheckedItem> check(List<RawItem> items, ImportContext context, boolean spreadsheet) {
		Map<String, Integer> offerLines = new HashMap<>();
		Map<String, String> titlesInFile = new HashMap<>();
		for (RawItem item : items) {
			if (item.kind() == ItemKind.OFFER && !item.value(Field.OFFER_ID).isEmpty()) {
				titlesInFile.putIfAbsent(item.value(Field.OFFER_ID), item.value(Field.TITLE));
			}
		}
		Map<String, Integer> runLines = new HashMap<>();
		List<CheckedItem> checked = new ArrayList<>(items.size());
		for (RawItem item : items) {
			Row row = new Row(item, context, spreadsheet);
			checked.add(item.kind() == ItemKind.OFFER ? row.offer(offerLines) : row.run(runLines, titlesInFile));
		}
		return checked;
	}

	private static final class Row {

		private final RawItem raw;
		private final ImportContext context;
		private final boolean spreadsheet;
		private final List<CheckedItem.Problem> problems = new ArrayList<>();

		Row(RawItem raw, ImportContext context, boolean spreadsheet) {
			this.raw = raw;
			this.context = context;
			this.spreadsheet = spreadsheet;
		}

		CheckedItem offer(Map<String, Integer> firstLines) {
			String externalId = text(Field.OFFER_ID, 100, true);
			if (externalId != null) {
				Integer earlier = firstLines.putIfAbsent(externalId, raw.line());
				if (earlier != null) {
					problem(Field.OFFER_ID, "catalog.import.error.repeatedOffer", externalId, earlier);
				}
			}
			ImportContext.Existing existing = externalId == null ? null : context.offers().get(externalId);
			String language = language();
			String title = text(Field.TITLE, 200, true);
			String shortDescription = text(Field.SHORT_DESCRIPTION, 500, true);
			String description = text(Field.DESCRIPTION, 10_000, false);
			List<OfferContent.TargetGroupEntry> targetGroups = targetGroups();
			String prerequisites = text(Field.PREREQUISITES, 2_000, false);
			String outcome = text(Field.OUTCOME, 500, false);
			String examiningBody = text(Field.EXAMINING_BODY, 200, false);
			List<String> legalBases = legalBases();
			List<Funding> funding = codes(Field.FUNDING, context.vocabulary()::funding, Funding.values());
			OfferContent.Azav azav = azav();
			Format format = choice(Field.FORMAT, context.vocabulary()::format, Format.values());
			TimeModel timeModel = choice(Field.TIME_MODEL, context.vocabulary()::timeModel, TimeModel.values());
			String duration = text(Field.DURATION, 200, false);
			List<Accessibility> accessibility = codes(Field.ACCESSIBILITY, context.vocabulary()::accessibility,
					Accessibility.values());
			List<OfferContent.Contact> contacts = contacts();
			String keywords = text(Field.KEYWORDS, 1_000, false);
			OfferContent content = problems.isEmpty() && title != null && shortDescription != null && format != null
					&& timeModel != null ? new OfferContent(language, title, shortDescription, description, targetGroups,
							prerequisites, List.of(), outcome, examiningBody, legalBases, funding, azav, format, timeModel,
							duration, accessibility, contacts, keywords) : null;
			return new CheckedItem(raw, existing == null ? CheckedItem.Action.NEW_OFFER : CheckedItem.Action.CHANGE_OFFER,
					existing == null ? null : existing.id(), existing == null ? nonNull(title) : existing.title(), content,
					null, List.copyOf(problems));
		}

		CheckedItem run(Map<String, Integer> firstLines, Map<String, String> titlesInFile) {
			String offerId = text(Field.OFFER_ID, 100, true);
			String runId = text(Field.RUN_ID, 100, true);
			String offerTitle = "";
			if (offerId != null) {
				ImportContext.Existing existing = context.offers().get(offerId);
				if (titlesInFile.containsKey(offerId)) {
					offerTitle = titlesInFile.get(offerId);
				}
				else if (existing != null) {
					offerTitle = existing.title();
				}
				else {
					problem(Field.OFFER_ID, "catalog.import.error.unknownOffer", offerId);
				}
			}
			UUID existingRun = null;
			if (offerId != null && runId != null) {
				String key = ImportContext.runKey(offerId, runId);
				Integer earlier = firstLines.putIfAbsent(key, raw.line());
				if (earlier != null) {
					problem(Field.RUN_ID, "catalog.import.error.repeatedRun", runId, earlier);
				}
				existingRun = context.runs().get(key);
			}
			LocalDate start = date(Field.START);
			LocalDate end = date(Field.END);
			if (start != null && end != null && end.isBefore(start)) {
				problem(Field.END, "catalog.import.error.endBeforeStart");
			}
			boolean rolling = yesNo(Field.ROLLING_ENTRY, false);
			if (start == null && !rolling && !hasProblem(Field.START)) {
				problem(Field.START, "catalog.import.error.startOrRolling");
			}
			String schedule = text(Field.SCHEDULE, 500, false);
			LocalDate deadline = date(Field.REGISTRATION_DEADLINE);
			String street = text(Field.STREET, 200, false);
			String postalCode = text(Field.POSTAL_CODE, 10, false);
			String city = text(Field.CITY, 100, false);
			String region = text(Field.REGION, 100, false);
			String room = text(Field.ROOM, 100, false);
			String onlineUrl = text(Field.ONLINE_URL, 500, false);
			if (onlineUrl != null && !onlineUrl.matches("(?i)https?://\\S+")) {
				problem(Field.ONLINE_URL, "catalog.import.error.url", onlineUrl);
			}
			Integer min = whole(Field.MIN_PARTICIPANTS, 0, 100_000);
			Integer max = whole(Field.MAX_PARTICIPANTS, 1, 100_000);
			Integer places = whole(Field.PLACES_AVAILABLE, 0, 100_000);
			if (max != null && places != null && places > max) {
				problem(Field.PLACES_AVAILABLE, "catalog.import.error.placesAboveMax", places, max);
			}
			if (max != null && min != null && min > max) {
				problem(Field.MIN_PARTICIPANTS, "catalog.import.error.minAboveMax", min, max);
			}
			boolean enrolmentOpen = yesNo(Field.ENROLMENT_OPEN, true);
			Integer waiting = whole(Field.WAITING_WEEKS, 0, 260);
			BigDecimal cost = cost();
			boolean guaranteed = yesNo(Field.GUARANTEED, false);
			RunValues run = problems.isEmpty() && runId != null ? new RunValues(runId, street, postalCode, city,
					region == null ? city : region, room, onlineUrl, start, end, rolling, schedule, deadline, min, max, places,
					enrolmentOpen, waiting, cost, guaranteed) : null;
			return new CheckedItem(raw, existingRun == null ? CheckedItem.Action.NEW_RUN : CheckedItem.Action.CHANGE_RUN,
					existingRun, offerTitle, null, run, List.copyOf(problems));
		}

		private String language() {
			String value = value(Field.LANGUAGE);
			if (value == null) {
				return "de";
			}
			String code = value.toLowerCase(Locale.ROOT);
			if (!List.of("de", "da", "en").contains(code)) {
				problem(Field.LANGUAGE, "catalog.import.error.language", value);
				return "de";
			}
			return code;
		}

		private List<OfferContent.TargetGroupEntry> targetGroups() {
			List<OfferContent.TargetGroupEntry> groups = new ArrayList<>();
			for (String name : list(Field.TARGET_GROUPS)) {
				TargetGroup code = context.vocabulary().targetGroup(name);
				if (code != null) {
					groups.add(new OfferContent.TargetGroupEntry(code, null));
				}
				else if (name.length() > 100) {
					problem(Field.TARGET_GROUPS, "catalog.import.error.targetGroupTooLong", 100);
				}
				else {
					groups.add(new OfferContent.TargetGroupEntry(null, name));
				}
			}
			return groups;
		}

		private List<String> legalBases() {
			List<String> codes = new ArrayList<>();
			for (String code : list(Field.LEGAL_BASES)) {
				String known = context.legalBases().stream().filter(c -> c.equalsIgnoreCase(code)).findFirst().orElse(null);
				if (known == null) {
					problem(Field.LEGAL_BASES, "catalog.import.error.legalBasis", code, String.join(", ", context.legalBases()));
				}
				else if (!codes.contains(known)) {
					codes.add(known);
				}
			}
			return codes;
		}

		private <E extends Enum<E>> List<E> codes(Field field, Function<String, @Nullable E> lookUp, E[] all) {
			Set<E> codes = new LinkedHashSet<>();
			for (String name : list(field)) {
				E value = lookUp.apply(name);
				if (value == null) {
					problem(field, "catalog.import.error.unknownValue", name, names(all));
				}
				else {
					codes.add(value);
				}
			}
			return List.copyOf(codes);
		}

		private <E extends Enum<E>> @Nullable E choice(Field field, Function<String, @Nullable E> lookUp, E[] all) {
			String value = value(field);
			if (value == null) {
				problem(field, "catalog.import.error.required");
				return null;
			}
			E found = lookUp.apply(value);
			if (found == null) {
				problem(field, field == Field.FORMAT ? "catalog.import.error.format" : "catalog.import.error.unknownValue",
						value, names(all));
			}
			return found;
		}

		private static String names(Enum<?>[] all) {
			return Arrays.stream(all).map(Enum::name).collect(Collectors.joining(", "));
		}

		private OfferContent.@Nullable Azav azav() {
			String certifier = text(Field.AZAV_CERTIFIER, 200, false);
			String number = text(Field.AZAV_MEASURE_NUMBER, 60, false);
			LocalDate validUntil = date(Field.AZAV_VALID_UNTIL);
			if (certifier == null && number == null && validUntil == null) {
				return null;
			}
			if (validUntil != null && validUntil.isBefore(context.today())) {
				problem(Field.AZAV_VALID_UNTIL, "catalog.import.error.azavExpired", validUntil.toString());
			}
			for (Field field : List.of(Field.AZAV_CERTIFIER, Field.AZAV_MEASURE_NUMBER, Field.AZAV_VALID_UNTIL)) {
				if (value(field) == null) {
					problem(field, "catalog.import.error.azavIncomplete");
				}
			}
			return certifier != null && number != null && validUntil != null ? new OfferContent.Azav(certifier, number, validUntil)
					: null;
		}

		private List<OfferContent.Contact> contacts() {
			String name = text(Field.CONTACT_NAME, 200, false);
			String role = text(Field.CONTACT_ROLE, 200, false);
			String email = text(Field.CONTACT_EMAIL, 254, false);
			String phone = text(Field.CONTACT_PHONE, 50, false);
			if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				problem(Field.CONTACT_EMAIL, "catalog.import.error.email", email);
			}
			if (name == null && (role != null || email != null || phone != null)) {
				problem(Field.CONTACT_NAME, "catalog.import.error.contactName");
			}
			return name == null ? List.of() : List.of(new OfferContent.Contact(name, role, email, phone));
		}

		private @Nullable BigDecimal cost() {
			String value = value(Field.COST);
			if (value == null) {
				return null;
			}
			BigDecimal number = ImportValues.number(value.replaceAll("(?i)€|eur|dkk|kr\\.?", "").strip());
			if (number == null || number.signum() < 0 || number.compareTo(MAX_COST) > 0) {
				problem(Field.COST, "catalog.import.error.cost", value);
				return null;
			}
			return number.setScale(2, RoundingMode.HALF_UP);
		}

		private @Nullable Integer whole(Field field, int min, int max) {
			String value = value(field);
			if (value == null) {
				return null;
			}
			BigDecimal number = ImportValues.number(value);
			if (number == null || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
					|| number.compareTo(BigDecimal.valueOf(max)) > 0) {
				problem(field, "catalog.import.error.whole", value, min, max);
				return null;
			}
			return number.intValueExact();
		}

		private boolean yesNo(Field field, boolean otherwise) {
			String value = value(field);
			if (value == null) {
				return otherwise;
			}
			String text = ImportValues.heading(value);
			if (List.of("ja", "yes", "true", "1", "x", "wahr").contains(text)) {
				return true;
			}
			if (List.of("nein", "nej", "no", "false", "0", "falsch").contains(text)) {
				return false;
			}
			problem(field, "catalog.import.error.yesNo", value);
			return otherwise;
		}

		private @Nullable LocalDate date(Field field) {
			String value = value(field);
			if (value == null) {
				return null;
			}
			// openQ-cat writes dates as xs:dateTime ("2026-09-01T00:00:00.000+02:00"): the day is what counts
			String day = value.length() > 10 && value.matches("\\d{4}-\\d{2}-\\d{2}[T ].*") ? value.substring(0, 10) : value;
			LocalDate date = ImportValues.date(day, spreadsheet);
			if (date == null) {
				problem(field, "catalog.import.error.date", value);
			}
			return date;
		}

		private List<String> list(Field field) {
			String value = value(field);
			if (value == null) {
				return List.of();
			}
			return Arrays.stream(value.split("[,;|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		}

		private @Nullable String text(Field field, int length, boolean required) {
			String value = value(field);
			if (value == null && required) {
				problem(field, "catalog.import.error.required");
			}
			else if (value != null && value.length() > length) {
				problem(field, "catalog.import.error.tooLong", length, value.length());
			}
			return value;
		}

		private @Nullable String value(Field field) {
			String value = raw.value(field);
			return value.isEmpty() ? null : value;
		}

		private boolean hasProblem(Field field) {
			return problems.stream().anyMatch(p -> p.field() == field);
		}

		private void problem(Field field, String key, Object... arguments) {
			problems.add(CheckedItem.Problem.of(field, key, arguments));
		}

		private static String nonNull(@Nullable String text) {
			return text == null ? "" : text;
		}
	}
}
