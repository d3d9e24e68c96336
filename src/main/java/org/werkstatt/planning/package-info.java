/**
 * Plans, fields of action, goals and indicators, measures, the evaluation inbox and public transparency pages.
 * <p>
 * No code yet: the module is reserved so that the module structure is stable from the start.
 */
@ApplicationModule
@NullMarked
package org.werkstatt.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
