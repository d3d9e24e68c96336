package org.werkstatt.catalog.files;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.werkstatt.catalog.offer.CatalogAccess;
import org.werkstatt.catalog.offer.Editor;
import org.werkstatt.catalog.offer.OfferRecord;
import org.werkstatt.catalog.offer.OfferStore;
import org.werkstatt.catalog.offer.RunDetails;
import org.werkstatt.catalog.offer.RunStore;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;

/**
 * Confirms a preview: writes every offer and run of it through the core's {@link OfferStore} and
 * {@link RunStore} in one transaction, or nothing. A new offer becomes a draft of the importing organisation
 * with the site's host as its owner; an offer the file changes gets a new draft. Each is submitted for the
 * owner's approval, except when the importing organisation owns it itself: then it is published, as its own
 * approvers would. Runs are created, or changed where the offer already has a run with the same external id.
 */
@Component
class CatalogImportWriter {

	/**
	 * What confirming did: how many offers and runs were written, or the preview with what stood in the way, or
	 * neither when the preview was gone (confirmed twice, or expired).
	 */
	record Outcome(int offers, int runs, CatalogImports.@Nullable Preview refused) {

		static final Outcome GONE = new Outcome(0, 0, null);

		boolean gone() {
			return offers == 0 && runs == 0 && refused == null;
		}
	}

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CatalogImportWriter.class);

	private final OfferStore offers;
	private final RunStore runs;
	private final Organisations organisations;
	private final CatalogImportPreviews previews;
	private final CatalogImports imports;
	private final TransactionTemplate transactions;
	private final CatalogAccess access;

	CatalogImportWriter(OfferStore offers, RunStore runs, Organisations organisations, CatalogImportPreviews previews,
			CatalogImports imports, TransactionTemplate transactions, CatalogAccess access) {
		this.access = access;
		this.offers = offers;
		this.runs = runs;
		this.organisations = organisations;
		this.previews = previews;
		this.imports = imports;
		this.transactions = transactions;
	}

	Outcome confirm(CatalogImports.Preview preview, OrganisationSummary organisation, @Nullable UUID personId, String name) {
		if (!preview.ok()) {
			return new Outcome(0, 0, preview);
		}
		Editor editor = new Editor(personId, name);
		UUID owner = organisations.host().map(OrganisationSummary::id).orElse(organisation.id());
		try {
			Outcome outcome = transactions.execute(status -> {
				if (!previews.take(preview.stored().id())) {
					return Outcome.GONE;
				}
				Map<String, UUID> offerIds = new HashMap<>();
				int offerCount = 0;
				int runCount = 0;
				for (CheckedItem item : preview.of(ItemKind.OFFER)) {
					String externalId = item.raw().value(Field.OFFER_ID);
					UUID id;
					if (item.existingId() == null) {
						id = offers.create(organisation.id(), owner, item.offer(), editor, externalId);
						// published at once only when the importing person approves the owner's catalog herself
						if (owner.equals(organisation.id()) && access.canApprove(offers.find(id).orElseThrow())) {
							offers.publish(id, 1, editor);
						}
						else {
							offers.submit(id, editor);
						}
					}
					else {
						id = item.existingId();
						OfferRecord record = offers.find(id).orElseThrow();
						int version = offers.saveDraft(id, item.offer(), editor);
						if (record.ownOffer() && access.canApprove(record)) {
							offers.publish(id, version, editor);
						}
						else {
							offers.submit(id, editor);
						}
					}
					offerIds.put(externalId, id);
					offerCount++;
				}
				Map<String, UUID> known = imports.context(organisation.id()).offers().entrySet().stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id()));
				for (CheckedItem item : preview.of(ItemKind.RUN)) {
					RunValues v = item.run();
					RunDetails details = new RunDetails(v.externalId(), v.street(), v.postalCode(), v.city(), v.region(),
							v.room(), null, v.onlineUrl(), v.startDate(), v.endDate(), v.rollingEntry(), v.schedule(),
							v.registrationDeadline(), v.minParticipants(), v.maxParticipants(), v.placesAvailable(),
							v.enrolmentOpen(), v.waitingWeeks(), v.cost(), v.guaranteed());
					if (item.existingId() != null) {
						runs.update(item.existingId(), details);
					}
					else {
						String offerExternalId = item.raw().value(Field.OFFER_ID);
						UUID offerId = offerIds.getOrDefault(offerExternalId, known.get(offerExternalId));
						runs.create(offerId, details);
					}
					runCount++;
				}
				return new Outcome(offerCount, runCount, null);
			});
			return outcome == null ? Outcome.GONE : outcome;
		}
		catch (RuntimeException e) {
			LOG.warn("Catalog import {} refused while writing: {}", preview.stored().id(), e.getClass().getSimpleName());
			// a rule of the stores, or an offer or run written meanwhile with the same external id: nothing was
			// written, and the preview, checked again, says what is in the way now
			return new Outcome(0, 0, imports.check(preview.stored(), organisation.id()));
		}
	}
}
