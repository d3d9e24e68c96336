/**
 * The public face of the site: the start page that each capability adds its section to.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "workshop", "catalog" })
@NullMarked
package org.werkstatt.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
