package org.werkstatt.catalog.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a run is cancelled: participants and the public read it. */
record CancelForm(
		@NotBlank(message = "{catalog.run.form.reasonRequired}") @Size(max = 1000, message = "{validation.tooLong}") String reason) {
}
