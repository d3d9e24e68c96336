/**
 * Cooperation between a jobcenter and a provider on each participant's goals, milestones and modules.
 * <p>
 * No code yet: the module is reserved so that the module structure is stable from the start.
 */
@ApplicationModule
@NullMarked
package org.werkstatt.cooperation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
