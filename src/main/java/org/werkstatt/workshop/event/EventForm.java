package org.werkstatt.workshop.event;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.werkstatt.workshop.EventFormat;

/** The organiser's form for an event; times are local to the site's time zone. */
public record EventForm(
		@NotNull(message = "{validation.required}") @Nullable EventFormat format,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 10000, message = "{validation.tooLong}") @Nullable String description,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime startsAt,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime endsAt,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String venueName,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String street,
		@Size(max = 20, message = "{validation.tooLong}") @Nullable String postalCode,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String city,
		@Size(max = 500, message = "{validation.tooLong}")
		@Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.url}") @Nullable String onlineUrl,
		@NotNull(message = "{validation.required}") @Nullable Visibility visibility,
		@Nullable UUID seriesId) {

	public static EventForm empty() {
		return new EventForm(null, "", "", null, null, "", "", "", "", "", Visibility.PUBLIC, null);
	}

	public static EventForm of(Event event, ZoneId zone) {
		return new EventForm(event.format(), event.title(), event.description(),
				LocalDateTime.ofInstant(event.startsAt(), zone), LocalDateTime.ofInstant(event.endsAt(), zone),
				event.venueName(), event.street(), event.postalCode(), event.city(), event.onlineUrl(),
				event.visibility(), event.seriesId());
	}
}
