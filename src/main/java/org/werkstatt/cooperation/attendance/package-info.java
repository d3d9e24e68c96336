/**
 * Attendance (issue 12): the provider records each month of a participation day by day with eM@w's codes on a
 * month grid, fills the working days with "present" if it likes, and submits the month by the 10th of the
 * following month; a submitted month is read-only and the only one the jobcenter sees. Every request goes through
 * {@link org.werkstatt.cooperation.participant.ParticipantAccess} with the data category ATTENDANCE. The attendance
 * rate for the reports is {@link org.werkstatt.cooperation.attendance.AttendanceRate}. Pages under
 * {@code /work/coop/{agreementId}/attendance} and {@code /work/coop/{agreementId}/participants/{participantId}/attendance}.
 */
@NullMarked
package org.werkstatt.cooperation.attendance;

import org.jspecify.annotations.NullMarked;
