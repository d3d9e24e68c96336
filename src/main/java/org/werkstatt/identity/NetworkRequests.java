package org.werkstatt.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Requests to join networks as other modules may see them (a network admin's start page). */
public interface NetworkRequests {

	/** How many requests of each of the networks are new (not yet answered), in one query; networks without any are left out. */
	Map<UUID, Integer> newRequests(Collection<UUID> networkIds);
}
