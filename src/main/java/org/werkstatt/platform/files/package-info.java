/**
 * File formats the modules write for people to download (CSV, spreadsheets without formulas, tagged PDF) and
 * the shared machinery of every import: reading an uploaded CSV ({@link CsvReader}) or XLSX ({@link XlsxReader})
 * into a {@link RawTable} ({@link ImportTable} tells them apart), the limits that keep one upload from tying up
 * the server ({@link ImportLimits}, {@link ImportSizeFilter}), a file refused whole ({@link FileProblem}, with
 * the message key that says why), and the reading of headings, dates and numbers ({@link ImportValues}). What
 * a row means, its preview and its confirmation belong to the importing module.
 */
@NullMarked
package org.werkstatt.platform.files;

import org.jspecify.annotations.NullMarked;
