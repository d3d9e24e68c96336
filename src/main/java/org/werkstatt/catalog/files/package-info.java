/**
 * The catalog's files: importing offers and runs from CSV or XLSX (on the shared machinery of
 * {@code platform.files}) and from openQ-cat XML (KURSNET's upload format), each as a preview that is confirmed
 * all or nothing; and the catalog as open data: Open Referral HSDS 3.0 JSON ({@code /api/hsds/…}) and CSV.
 */
@NullMarked
package org.werkstatt.catalog.files;

import org.jspecify.annotations.NullMarked;
