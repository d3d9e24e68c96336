package org.werkstatt.planning.plan;

import java.time.LocalDate;
import java.util.UUID;

public record Milestone(UUID id, LocalDate dueOn, String title, boolean done) {
}
