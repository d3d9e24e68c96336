/**
 * Live workshops: events, registration, theme walls, ideas, dot voting, moderation, projector view, results.
 * <p>
 * No code yet: the module is reserved so that the module structure is stable from the start.
 */
@ApplicationModule
@NullMarked
package org.werkstatt.workshop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
