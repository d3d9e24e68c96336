package org.werkstatt.catalog.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.werkstatt.catalog.offer.Format;
import org.werkstatt.catalog.offer.TimeModel;
import org.werkstatt.identity.OrganisationSummary;

/**
 * A published offer as its public page shows it: the published content with labels already in the reader's
 * language, its runs (cancelled ones too, with their reason; ended ones are left out), and the provider.
 */
record PublicOffer(UUID id, String language, String title, String shortDescription, @Nullable String description,
		@Nullable String prerequisites, @Nullable String outcome, @Nullable String examiningBody,
		@Nullable String azavCertifier, @Nullable String azavMeasureNumber, @Nullable LocalDate azavValidUntil,
		Format format, TimeModel timeModel, @Nullable String duration, @Nullable String keywords,
		List<String> legalBases, List<String> funding, List<String> targetGroups, List<String> accessibility,
		List<Module> modules, List<Contact> contacts, List<RunRows> runs, OrganisationSummary provider,
		@Nullable Instant modifiedAt) {

	record Module(String name, @Nullable Integer hours, @Nullable String description) {
	}

	record Contact(String name, @Nullable String role, @Nullable String email, @Nullable String phone) {
	}
}
