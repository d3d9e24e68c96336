package org.werkstatt.planning.files;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.planning.plan.Editor;
import org.werkstatt.planning.plan.MeasureForm;
import org.werkstatt.planning.plan.Measures;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.platform.files.FileProblem;

/**
 * Imports measures into a plan: an upload is read and kept as a preview; the preview is checked against the
 * plan whenever it is shown; confirming writes every row through {@link Measures} (its rules, and a first
 * version for each measure) in one transaction, or nothing at all.
 */
@Service
class Imports {

	/** What a preview shows: the file and its rows, checked against the plan as it is now. */
	record Preview(ImportPreviews.Stored stored, List<ImportRow> rows) {

		long rowsWithProblems() {
			return rows.stream().filter(row -> !row.ok()).count();
		}

		boolean ok() {
			return rowsWithProblems() == 0;
		}
	}

	/**
	 * The outcome of confirming: how many measures were written, or the preview with what stood in the way, or
	 * neither when the preview was gone (confirmed twice, or expired).
	 */
	record Outcome(int imported, @Nullable Preview refused) {

		static final Outcome GONE = new Outcome(0, null);

		boolean gone() {
			return imported == 0 && refused == null;
		}
	}

	private final PlanStore plans;
	private final Measures measures;
	private final Organisations organisations;
	private final StatusLabels statusLabels;
	private final ImportPreviews previews;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	Imports(PlanStore plans, Measures measures, Organisations organisations, StatusLabels statusLabels,
			ImportPreviews previews, JdbcClient jdbc, TransactionTemplate transactions) {
		this.plans = plans;
		this.measures = measures;
		this.organisations = organisations;
		this.statusLabels = statusLabels;
		this.previews = previews;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Reads the file and keeps it as a preview; a file that cannot be read at all is refused. */
	UUID upload(OrganisationSummary organisation, Plan plan, @Nullable UUID personId, String fileName, byte[] bytes)
			throws FileProblem {
		ImportFile.Read read = ImportFile.read(bytes);
		String name = fileName.isBlank() ? "import" : fileName.strip();
		return previews.store(organisation.id(), plan.id(), personId, name.length() > 300 ? name.substring(0, 300) : name,
				read.spreadsheet(), read.rows());
	}

	Optional<Preview> preview(UUID previewId, OrganisationSummary organisation, Plan plan, @Nullable UUID personId) {
		return previews.find(previewId, organisation.id(), plan.id(), personId).map(stored -> check(stored, plan));
	}

	private Preview check(ImportPreviews.Stored stored, Plan plan) {
		return new Preview(stored, RowValidation.check(stored.rows(), context(plan), stored.spreadsheet()));
	}

	/** Everything the rows are checked against, in five queries whatever the number of rows. */
	ImportContext context(Plan plan) {
		var statuses = plans.statuses(plan.id());
		List<OrganisationSummary> all = new ArrayList<>(organisations.partners());
		all.addAll(organisations.networks());
		var numbers = new HashSet<>(jdbc.sql("select number from measure where plan_id = ?").param(plan.id()).query(String.class).list());
		return ImportContext.of(statuses, statusLabels.names(statuses), plans.fields(plan.id()), all, numbers);
	}

	/**
	 * Writes every row of the preview as a measure of the plan, kept by the plan's owner, in one transaction:
	 * if any row breaks a rule (checked again for all rows by {@link Measures#problems(UUID, List)}), nothing
	 * is written. The rows go in as two batched statements ({@link Measures#createAll}).
	 */
	Outcome confirm(Preview preview, Plan plan, Editor editor) {
		if (!preview.ok()) {
			return new Outcome(0, preview);
		}
		try {
			return transactions.execute(status -> {
				if (!previews.take(preview.stored().id())) {
					return Outcome.GONE;
				}
				List<MeasureForm> forms = preview.rows().stream().map(ImportRow::form).toList();
				Map<Integer, Map<String, String>> problems = measures.problems(plan.id(), forms);
				if (!problems.isEmpty()) {
					status.setRollbackOnly();
					var first = problems.entrySet().iterator().next();
					return new Outcome(0, refusedBy(preview, preview.rows().get(first.getKey()), first.getValue()));
				}
				measures.createAll(plan.id(), plan.organisationId(), forms, editor);
				return new Outcome(preview.rows().size(), null);
			});
		}
		catch (DataIntegrityViolationException e) {
			// someone added a measure with one of the numbers meanwhile: checked again, the preview says which
			return new Outcome(0, check(preview.stored(), plan));
		}
	}

	/** The preview with the row that a rule of {@link Measures} refused marked at its field. */
	private static Preview refusedBy(Preview preview, ImportRow refused, Map<String, String> problems) {
		List<ImportRow> rows = new ArrayList<>();
		for (ImportRow row : preview.rows()) {
			if (row != refused) {
				rows.add(row);
				continue;
			}
			List<ImportRow.Problem> marked = new ArrayList<>();
			problems.keySet().forEach(field -> marked.add(switch (field) {
				case "number" -> ImportRow.Problem.of(Column.NUMBER, "files.error.numberTaken", row.form().number());
				case "status" -> ImportRow.Problem.of(Column.STATUS, "files.error.unknownStatus", row.form().status());
				case "fieldId" -> ImportRow.Problem.of(Column.FIELD, "files.error.unknownField", row.shown().getOrDefault(Column.FIELD, ""));
				case "endsOn" -> ImportRow.Problem.of(Column.END, "files.error.endBeforeStart");
				default -> ImportRow.Problem.of(Column.NUMBER, "files.error.rule");
			}));
			rows.add(new ImportRow(row.line(), row.values(), null, row.shown(), marked));
		}
		return new Preview(preview.stored(), rows);
	}
}
