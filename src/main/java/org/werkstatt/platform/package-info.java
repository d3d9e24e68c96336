/**
 * The technical ground every module stands on: the embedded PostgreSQL, languages, error pages and
 * the web layout's helpers. Shared by every module; depends on none.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.werkstatt.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
