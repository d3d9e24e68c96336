/**
 * Plans: fields of action, goals with indicators, measures with milestones and every version; the
 * evaluation inbox where every idea of a workshop gets a public decision with its reason; the public
 * transparency pages and open data; a measure links the catalog's offers that implement it.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "workshop", "catalog" })
@NullMarked
package org.werkstatt.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
