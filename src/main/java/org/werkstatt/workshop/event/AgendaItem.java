package org.werkstatt.workshop.event;

import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record AgendaItem(UUID id, LocalTime starts, String title, @Nullable String speaker, @Nullable String room) {
}
