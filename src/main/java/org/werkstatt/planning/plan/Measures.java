package org.werkstatt.planning.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes measures under the plan's rules, and keeps every change as a version: who, when,
 * which fields from what to what. Forms and import rows go through the same {@link #problems} check.
 */
@Service
public class Measures {

	private final MeasureStore store;
	private final PlanStore plans;
	private final MeasureOffers offers;

	Measures(MeasureStore store, PlanStore plans, MeasureOffers offers) {
		this.store = store;
		this.plans = plans;
		this.offers = offers;
	}

	/**
	 * What is wrong with the form for the plan, by field, as message keys; empty if nothing is.
	 *
	 * @param except the measure being changed (its own number is not taken), or null for a new one
	 */
	public Map<String, String> problems(UUID planId, MeasureForm form, @Nullable UUID except) {
		return check(form, codes(planId), fieldIds(planId), number -> store.numberTaken(planId, number, except));
	}

	/**
	 * {@link #problems} for many new measures at once (an import), with the plan's statuses, fields and
	 * numbers read once; a number twice in the list is taken for its second row.
	 *
	 * @return the problems by the form's index in the list; rows without problems are missing
	 */
	public Map<Integer, Map<String, String>> problems(UUID planId, List<MeasureForm> forms) {
		Set<String> statuses = codes(planId);
		Set<UUID> fields = fieldIds(planId);
		Set<String> numbers = new HashSet<>(store.numbers(planId));
		Map<Integer, Map<String, String>> all = new LinkedHashMap<>();
		for (int i = 0; i < forms.size(); i++) {
			Map<String, String> problems = check(forms.get(i), statuses, fields, number -> !numbers.add(number));
			if (!problems.isEmpty()) {
				all.put(i, problems);
			}
		}
		return all;
	}

	/** The plan's rules for one form; {@code taken} says whether its number is another measure's already. */
	private static Map<String, String> check(MeasureForm form, Set<String> statuses, Set<UUID> fields,
			Predicate<String> taken) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!statuses.contains(form.status())) {
			problems.put("status", "measure.status.unknown");
		}
		if (form.fieldId() != null && !fields.contains(form.fieldId())) {
			problems.put("fieldId", "measure.fieldOfAction.unknown");
		}
		if (!form.datesInOrder()) {
			problems.put("endsOn", "measure.dates.order");
		}
		if (form.number() != null && !form.number().isBlank() && taken.test(form.number().strip())) {
			problems.put("number", "measure.number.taken");
		}
		return problems;
	}

	private Set<String> codes(UUID planId) {
		return plans.statuses(planId).stream().map(MeasureStatus::code).collect(Collectors.toSet());
	}

	private Set<UUID> fieldIds(UUID planId) {
		return plans.fields(planId).stream().map(FieldOfAction::id).collect(Collectors.toSet());
	}

	/** Many new measures of the plan in one transaction and a few batched statements, each with its first version. */
	@Transactional
	public List<UUID> createAll(UUID planId, UUID organisationId, List<MeasureForm> forms, Editor editor) {
		Map<String, Integer> defaults = plans.statuses(planId)
			.stream()
			.collect(Collectors.toMap(MeasureStatus::code, MeasureStatus::defaultProgress));
		List<MeasureStore.NewMeasure> rows = forms.stream()
			.map(form -> new MeasureStore.NewMeasure(UUID.randomUUID(), form,
					form.progress() != null ? form.progress() : defaults.getOrDefault(form.status(), 0)))
			.toList();
		store.insertAll(planId, organisationId, rows, editor);
		return rows.stream().map(MeasureStore.NewMeasure::id).toList();
	}

	/** The progress the form sets: its own, or its status's default. */
	public int progress(UUID planId, MeasureForm form) {
		if (form.progress() != null) {
			return form.progress();
		}
		return plans.statuses(planId)
			.stream()
			.filter(s -> s.code().equals(form.status()))
			.findFirst()
			.map(MeasureStatus::defaultProgress)
			.orElse(0);
	}

	/** A new measure of the plan, kept by the organisation, with its first version. Checked by the caller. */
	@Transactional
	public UUID create(UUID planId, UUID organisationId, MeasureForm form, Editor editor) {
		return create(planId, organisationId, form, editor, true);
	}

	/**
	 * A new measure made by a draft decision: like {@link #create}, but public only once {@link #publish}
	 * is called for it when the decision is published.
	 */
	@Transactional
	public UUID createUnpublished(UUID planId, UUID organisationId, MeasureForm form, Editor editor) {
		return create(planId, organisationId, form, editor, false);
	}

	/** Makes measures made by draft decisions public (their decisions are published now). */
	@Transactional
	public void publish(java.util.Collection<UUID> ids) {
		store.publish(ids);
	}

	/** The next free number of the plan (see {@link NextNumber}), within the field of action's numbers if given. */
	public String nextNumber(UUID planId, @Nullable UUID fieldId) {
		return NextNumber.suggest(store.numbers(planId), fieldId == null ? List.of() : store.numbers(planId, fieldId));
	}

	private UUID create(UUID planId, UUID organisationId, MeasureForm form, Editor editor, boolean published) {
		UUID id = UUID.randomUUID();
		int progress = progress(planId, form);
		store.insert(id, planId, organisationId, form, progress, published);
		store.addVersion(id, 1, editor.personId(), editor.name(), MeasureChange.between(null, form, progress));
		return id;
	}

	/**
	 * Changes the measure as it was at {@code version}, and records what changed as the next version.
	 *
	 * @return false if someone changed it since (nothing is written then)
	 */
	@Transactional
	public boolean update(Measure measure, int version, MeasureForm form, Editor editor) {
		int progress = progress(measure.planId(), form);
		List<MeasureChange> changes = MeasureChange.between(measure, form, progress);
		if (version != measure.version()) {
			return false;
		}
		if (changes.isEmpty()) {
			return true;
		}
		if (!store.update(measure.id(), version, form, progress)) {
			return false;
		}
		store.addVersion(measure.id(), version + 1, editor.personId(), editor.name(), changes);
		return true;
	}

	/** Adds a milestone; the timeline records it as a version of the measure. */
	@Transactional
	public void addMilestone(Measure measure, LocalDate dueOn, String title, boolean done, Editor editor) {
		store.addMilestone(measure.id(), dueOn, title, done);
		recordVersion(measure, editor, new MeasureChange("milestone", null, dueOn + " " + title.strip()));
	}

	/** Marks a milestone done or open (a version of the measure); false if the measure has no such milestone. */
	@Transactional
	public boolean setMilestoneDone(Measure measure, UUID milestoneId, boolean done, Editor editor) {
		String title = milestoneTitle(measure, milestoneId);
		if (title == null || !store.setMilestoneDone(measure.id(), milestoneId, done)) {
			return false;
		}
		recordVersion(measure, editor, new MeasureChange(done ? "milestoneDone" : "milestoneOpen", null, title));
		return true;
	}

	@Transactional
	public boolean removeMilestone(Measure measure, UUID milestoneId, Editor editor) {
		String title = milestoneTitle(measure, milestoneId);
		if (title == null || !store.removeMilestone(measure.id(), milestoneId)) {
			return false;
		}
		recordVersion(measure, editor, new MeasureChange("milestone", title, null));
		return true;
	}

	private @Nullable String milestoneTitle(Measure measure, UUID milestoneId) {
		return store.milestones(measure.id())
			.stream()
			.filter(m -> m.id().equals(milestoneId))
			.map(Milestone::title)
			.findFirst()
			.orElse(null);
	}

	private void recordVersion(Measure measure, Editor editor, MeasureChange change) {
		store.addVersion(measure.id(), store.nextVersion(measure.id()), editor.personId(), editor.name(), List.of(change));
	}

	@Transactional
	public void link(Measure measure, LinkKind kind, UUID targetId) {
		store.link(measure.id(), kind, targetId);
	}

	/**
	 * Links an offer of the catalog that implements the measure (a version of the measure, on its timeline).
	 * The caller has checked that the offer is published.
	 *
	 * @return false if it was linked already (nothing is recorded then)
	 */
	@Transactional
	boolean linkOffer(Measure measure, UUID offerId, String title, Editor editor) {
		if (!offers.link(measure.id(), offerId, title)) {
			return false;
		}
		recordVersion(measure, editor, new MeasureChange(MeasureChange.OFFER, null, title));
		return true;
	}

	/** Removes a linked offer (a version of the measure); false if it was not linked. */
	@Transactional
	boolean unlinkOffer(Measure measure, UUID offerId, Editor editor) {
		String title = offers.of(measure.id())
			.stream()
			.filter(o -> o.offerId().equals(offerId))
			.map(MeasureOffers.Linked::title)
			.findFirst()
			.orElse(null);
		if (title == null || !offers.unlink(measure.id(), offerId)) {
			return false;
		}
		recordVersion(measure, editor, new MeasureChange(MeasureChange.OFFER, title, null));
		return true;
	}
}
