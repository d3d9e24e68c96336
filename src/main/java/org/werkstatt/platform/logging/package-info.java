/** What the application's logging reports to the metrics. */
@NullMarked
package org.werkstatt.platform.logging;

import org.jspecify.annotations.NullMarked;
