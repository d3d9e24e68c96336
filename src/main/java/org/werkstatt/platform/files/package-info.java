/**
 * File formats the modules write for people to download: spreadsheets without formulas.
 */
@NullMarked
package org.werkstatt.platform.files;

import org.jspecify.annotations.NullMarked;
