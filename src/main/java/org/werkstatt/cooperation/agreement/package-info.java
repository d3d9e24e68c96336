/**
 * Cooperation agreements between a jobcenter and a provider: the agreement with its versions, offers, provider
 * staff (coordinators and caseworkers within the agreement), contacts, confirmation by both sides; the pages
 * under {@code /manage/{slug}/cooperation}; the workspace's cooperation page.
 */
@NullMarked
package org.werkstatt.cooperation.agreement;

import org.jspecify.annotations.NullMarked;
