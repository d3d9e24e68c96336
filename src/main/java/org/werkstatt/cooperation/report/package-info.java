/**
 * The provider's periodic report to the jobcenter's equal-opportunity officer: figures generated from the recorded
 * data (entries, participants, exits by reason and destination, completed modules, attendance rate) by gender and
 * age group, every cell under five people suppressed ({@link org.werkstatt.cooperation.report.Suppression}); the
 * provider's text and submission (then frozen as JSON), the officer's acknowledgement or question; CSV, XLSX and
 * PDF files; the officer's pages under {@code /work/{slug}/reports}, which never show or link an individual.
 */
@NullMarked
package org.werkstatt.cooperation.report;

import org.jspecify.annotations.NullMarked;
