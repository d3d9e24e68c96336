/**
 * Live workshops: events and event series, agenda and product show, public event pages and calendar
 * files. Theme walls, ideas, dot voting, moderation and the projector view follow.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity" })
@NullMarked
package org.werkstatt.workshop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
