/**
 * The catalog of offers by providers: legal basis, target groups, format, places, dates and public search.
 * <p>
 * No code yet: the module is reserved so that the module structure is stable from the start.
 */
@ApplicationModule
@NullMarked
package org.werkstatt.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
