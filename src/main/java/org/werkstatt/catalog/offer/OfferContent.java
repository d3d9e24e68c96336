package org.werkstatt.catalog.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a provider writes about an offer: one version of it. Stored whole as JSON in {@code offer_version.content};
 * the published one is also spread over the columns of {@code offer} and its list tables, which search reads.
 * Lists are never null (empty instead).
 *
 * @param language    de, da or en: the language the text is written in
 * @param legalBases  codes of {@code legal_basis}
 * @param targetGroups the vocabulary's groups and free ones, in the provider's order
 * @param modules     in order; a module keeps its id across versions
 */
public record OfferContent(String language, String title, String shortDescription, @Nullable String description,
		List<TargetGroupEntry> targetGroups, @Nullable String prerequisites, List<Module> modules,
		@Nullable String outcome, @Nullable String examiningBody, List<String> legalBases, List<Funding> funding,
		@Nullable Azav azav, Format format, TimeModel timeModel, @Nullable String duration,
		List<Accessibility> accessibility, List<Contact> contacts, @Nullable String keywords) {

	public OfferContent {
		targetGroups = List.copyOf(targetGroups);
		modules = List.copyOf(modules);
		legalBases = List.copyOf(legalBases);
		funding = List.copyOf(funding);
		accessibility = List.copyOf(accessibility);
		contacts = List.copyOf(contacts);
	}

	/** A target group: one of the vocabulary ({@code code}) or a free one ({@code label}); exactly one is set. */
	public record TargetGroupEntry(@Nullable TargetGroup code, @Nullable String label) {
	}

	/** A module of the offer's content; {@code hours} null when not stated. */
	public record Module(UUID id, String name, @Nullable Integer hours, @Nullable String description) {
	}

	/** The AZAV certification of the offer (Germany): the certifier, the measure number and until when it is valid. */
	public record Azav(String certifier, String measureNumber, LocalDate validUntil) {
	}

	/** A contact person with work contact details only. */
	public record Contact(String name, @Nullable String role, @Nullable String email, @Nullable String phone) {
	}
}
