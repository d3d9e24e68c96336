package org.werkstatt.cooperation.story;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the story pages. */
final class StoryForms {

	private StoryForms() {
	}

	/** The provider's text; version is the one the form showed (null: a new story). */
	record StoryForm(
			@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") @Nullable String pseudonym,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String title,
			@NotBlank(message = "{validation.required}") @Size(max = 6000, message = "{validation.tooLong}") @Nullable String body,
			@Size(max = 100, message = "{validation.tooLong}") @Nullable String district,
			@Nullable Integer version,
			@Nullable Boolean acknowledged) {

		boolean confirmed() {
			return Boolean.TRUE.equals(acknowledged);
		}

		static StoryForm empty() {
			return new StoryForm("", "", "", "", null, false);
		}

		static StoryForm of(Story story) {
			return new StoryForm(story.pseudonym(), story.title(), story.body(), story.district(), story.version(), false);
		}
	}

	/** The jobcenter's review: approve, or send back with a reason. */
	record ReviewForm(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "APPROVE|SEND_BACK", message = "{validation.required}") @Nullable String decision,
			@Size(max = 1000, message = "{validation.tooLong}") @Nullable String reason) {
	}

	/** A provider's info event about one of its offers; times local to the site's time zone. */
	record InfoEventForm(
			@Nullable UUID offerId,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String title,
			@Size(max = 10000, message = "{validation.tooLong}") @Nullable String description,
			@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime startsAt,
			@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime endsAt,
			@Size(max = 200, message = "{validation.tooLong}") @Nullable String venueName,
			@Size(max = 200, message = "{validation.tooLong}") @Nullable String street,
			@Size(max = 20, message = "{validation.tooLong}") @Nullable String postalCode,
			@Size(max = 100, message = "{validation.tooLong}") @Nullable String city,
			@Nullable Boolean listed) {

		static InfoEventForm empty() {
			return new InfoEventForm(null, "", "", null, null, "", "", "", "", true);
		}
	}
}
