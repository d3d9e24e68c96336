package org.werkstatt.catalog.files;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.web.SiteTime;

/**
 * Imports offers and runs into an organisation's catalog: an upload (CSV, XLSX or openQ-cat) is read and kept
 * as a preview; the preview is checked against the catalog whenever it is shown; confirming writes every item
 * in one transaction, or nothing at all ({@link CatalogImportWriter}).
 */
@Service
class CatalogImports {

	/** What a preview shows: the file and its items, checked against the catalog as it is now. */
	record Preview(CatalogImportPreviews.Stored stored, List<CheckedItem> items) {

		long itemsWithProblems() {
			return items.stream().filter(item -> !item.ok()).count();
		}

		boolean ok() {
			return itemsWithProblems() == 0;
		}

		List<CheckedItem> of(ItemKind kind) {
			return items.stream().filter(item -> item.raw().kind() == kind).toList();
		}
	}

	private final TableFiles tables;
	private final Vocabulary vocabulary;
	private final CatalogImportPreviews previews;
	private final JdbcClient jdbc;
	private final SiteTime time;

	CatalogImports(TableFiles tables, Vocabulary vocabulary, CatalogImportPreviews previews, JdbcClient jdbc, SiteTime time) {
		this.tables = tables;
		this.vocabulary = vocabulary;
		this.previews = previews;
		this.jdbc = jdbc;
		this.time = time;
	}

	/** Reads the file (openQ-cat when it is XML, otherwise a table) and keeps it as a preview. */
	UUID upload(OrganisationSummary organisation, @Nullable UUID personId, String fileName, byte[] bytes) throws FileProblem {
		CatalogFile file = read(bytes);
		String name = fileName.isBlank() ? "import" : fileName.strip();
		return previews.store(organisation.id(), personId, name.length() > 300 ? name.substring(0, 300) : name, file);
	}

	CatalogFile read(byte[] bytes) throws FileProblem {
		if (bytes.length == 0) {
			throw new FileProblem("files.error.empty");
		}
		return OpenQCatReader.looksLikeXml(bytes) ? OpenQCatReader.read(bytes) : tables.read(bytes);
	}

	Optional<Preview> preview(UUID previewId, OrganisationSummary organisation, @Nullable UUID personId) {
		return previews.find(previewId, organisation.id(), personId).map(stored -> check(stored, organisation.id()));
	}

	Preview check(CatalogImportPreviews.Stored stored, UUID organisationId) {
		return new Preview(stored, ItemCheck.check(stored.file().items(), context(organisationId), stored.file().spreadsheet()));
	}

	/** Everything the items are checked against, in three queries whatever the number of items. */
	ImportContext context(UUID organisationId) {
		List<String> legalBases = jdbc.sql("select code from legal_basis where active order by position, code")
			.query(String.class)
			.list();
		Map<String, ImportContext.Existing> offers = new HashMap<>();
		jdbc.sql("select external_id, id, title from offer where organisation_id = ? and external_id is not null")
			.param(organisationId)
			.query(rs -> {
				offers.put(rs.getString(1), new ImportContext.Existing(rs.getObject(2, UUID.class), rs.getString(3)));
			});
		Map<String, UUID> runs = new HashMap<>();
		jdbc.sql("""
				select o.external_id, r.external_id, r.id from offer_run r join offer o on o.id = r.offer_id
				 where o.organisation_id = ? and o.external_id is not null and r.external_id is not null""")
			.param(organisationId)
			.query(rs -> {
				runs.put(ImportContext.runKey(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class));
			});
		return new ImportContext(legalBases, offers, runs, LocalDate.now(time.zone()), vocabulary);
	}

	/** Whether the id names a preview of another organisation or person: such a preview is not found (404). */
	boolean someoneElses(UUID previewId) {
		return previews.exists(previewId);
	}

	List<CatalogImportPreviews.Waiting> waitingFor(UUID personId, UUID organisationId) {
		return previews.waitingFor(personId, organisationId);
	}
}
