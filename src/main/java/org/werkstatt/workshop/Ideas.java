package org.werkstatt.workshop;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ideas of workshops, for the modules that work with them afterwards (planning). */
public interface Ideas {

	/** Every idea of the event, hidden and withdrawn ones too, highest score first per wall. */
	List<IdeaSummary> ofEvent(UUID eventId);

	Optional<IdeaSummary> find(UUID ideaId);
}
