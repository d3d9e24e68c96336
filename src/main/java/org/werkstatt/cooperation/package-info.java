/**
 * Cooperation between a jobcenter and a provider on each participant's goals, milestones and modules: agreements
 * ({@code agreement}), participants with consent and the one access rule ({@code participant}), the access log
 * and retention ({@code audit}). Individual plans, attendance, proposals, reports and success stories follow.
 */
@ApplicationModule
@NullMarked
package org.werkstatt.cooperation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
