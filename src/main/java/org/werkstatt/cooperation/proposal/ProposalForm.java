package org.werkstatt.cooperation.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.werkstatt.cooperation.agreement.ChangeKind;
import org.werkstatt.cooperation.participant.ExitDestination;
import org.werkstatt.cooperation.participant.StatusReason;

/** What the provider enters for a proposal; the fields a kind does not use are ignored. */
record ProposalForm(
		@NotNull(message = "{validation.required}") @Nullable ChangeKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") @Nullable String reason,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate newDate,
		@Nullable BigDecimal newHours,
		@Nullable StatusReason endReason,
		@Nullable ExitDestination endDestination) {

	static ProposalForm empty() {
		return new ProposalForm(null, null, null, null, null, null);
	}

	/** The proposal's content as the rules check it. */
	@SuppressWarnings("NullAway")
	ProposalRules.Content content() {
		ChangeKind k = kind;
		return new ProposalRules.Content(k, reason == null ? "" : reason.strip(), ProposalRules.usesDate(k) ? newDate : null,
				k == ChangeKind.CHANGE_HOURS ? newHours : null, k == ChangeKind.END ? endReason : null,
				k == ChangeKind.END ? endDestination : null);
	}
}
