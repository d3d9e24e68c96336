package org.werkstatt.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The organisations on the site, as other modules may read them. */
public interface Organisations {

	/** The organisation that runs this site, if one is set. */
	Optional<OrganisationSummary> host();

	Optional<OrganisationSummary> bySlug(String slug);

	Optional<OrganisationSummary> byId(UUID id);

	/** The organisations with these ids, in one query, keyed by id. */
	Map<UUID, OrganisationSummary> byIds(Collection<UUID> ids);

	/** Every organisation but networks, by name. */
	List<OrganisationSummary> partners();

	List<OrganisationSummary> networks();

	/** The members of the network, by name. */
	List<OrganisationSummary> networkMembers(UUID networkId);

	/** The ids of the networks the organisation is a member of. */
	List<UUID> networksOf(UUID memberId);
}
