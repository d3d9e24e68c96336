/**
 * The access log of participant data: every read, list, export, write and API call, granted or refused,
 * appended to a table the database refuses to change, each entry chained to the previous one by a SHA-256
 * hash ({@link org.werkstatt.cooperation.audit.AccessLog}); its verification, the data-protection officer's
 * search, access report and GDPR Art. 15 export, and the retention job that deletes ended participations.
 */
@NullMarked
package org.werkstatt.cooperation.audit;

import org.jspecify.annotations.NullMarked;
