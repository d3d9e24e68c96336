package org.werkstatt.cooperation.agreement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** What a jobcenter enters for an agreement. */
record AgreementForm(
		@NotNull(message = "{validation.required}") @Nullable UUID providerId,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String title,
		@Size(max = 4000, message = "{validation.tooLong}") @Nullable String programme,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
		@NotNull(message = "{validation.required}") @Nullable ReportingRhythm rhythm,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate nextReportDue,
		@Nullable UUID officerId,
		@Nullable List<DataCategory> categories,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{cooperation.form.daysRange}") @Max(value = 3650, message = "{cooperation.form.daysRange}") @Nullable Integer visibilityDays,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{cooperation.form.daysRange}") @Max(value = 36500, message = "{cooperation.form.daysRange}") @Nullable Integer retentionDays,
		// the edit form only: the kinds of change that need the jobcenter's decision, and the version it was read at
		@Nullable List<ChangeKind> decisionRequired,
		@Nullable Integer version) {

	static AgreementForm empty(LocalDate today) {
		return new AgreementForm(null, null, null, today, today.plusYears(1), ReportingRhythm.QUARTERLY, null, null,
				List.of(DataCategory.IDENTITY_CONTACT, DataCategory.GOALS_PLAN, DataCategory.ATTENDANCE), 40, 730, null, null);
	}

	/** The edit form of a stored agreement. */
	static AgreementForm of(Agreement a, java.util.Set<ChangeKind> decisionRequired) {
		return new AgreementForm(a.providerId(), a.title(), a.programme(), a.validFrom(), a.validUntil(), a.reportingRhythm(),
				a.nextReportDue(), a.officerId(), List.copyOf(a.dataCategories()), a.visibilityDays(), a.retentionDays(),
				decisionRequired.stream().filter(k -> k != ChangeKind.OTHER).toList(), a.version());
	}

	/** The kinds of change that need a decision, as chosen (OTHER always does). */
	EnumSet<ChangeKind> decisionKinds() {
		EnumSet<ChangeKind> set = EnumSet.of(ChangeKind.OTHER);
		if (decisionRequired != null) {
			set.addAll(decisionRequired);
		}
		return set;
	}

	/** The rules between fields. */
	void check(BindingResult result) {
		if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
			result.rejectValue("validUntil", "cooperation.form.untilBeforeFrom");
		}
		if (categories == null || !categories.contains(DataCategory.IDENTITY_CONTACT)) {
			result.rejectValue("categories", "cooperation.form.identityRequired");
		}
	}

	@SuppressWarnings("NullAway")
	AgreementStore.Details details() {
		EnumSet<DataCategory> set = EnumSet.noneOf(DataCategory.class);
		if (categories != null) {
			set.addAll(categories);
		}
		return new AgreementStore.Details(providerId, title.strip(), programme == null || programme.isBlank() ? null : programme.strip(),
				validFrom, validUntil, rhythm, nextReportDue, officerId, set, visibilityDays, retentionDays);
	}
}
