-- Attendance (issue 12, "Attendance"): the provider records each month of a participation day by day with the
-- eM@w codes and submits the month by the 10th of the following month; a submitted month is read-only and the
-- only one the jobcenter sees. A day without a row is not recorded (weekends usually are not).
-- Both tables hang off coop_participant with "on delete cascade" (retention deletes a participation at once).
-- The attendance rate of a period = days coded PRESENT, VOCATIONAL_SCHOOL, INTERNSHIP or EXAM divided by all
-- recorded days except HOLIDAY, over submitted months only (AttendanceRate in Java).
create table coop_attendance_day (
    participant_id uuid        not null references coop_participant (id) on delete cascade,
    day            date        not null,
    -- eM@w's codes; a Danish site shows its own words for them (docs/cooperation.md, "Attendance")
    code           varchar(30) not null
        check (code in ('PRESENT', 'HOLIDAY', 'VOCATIONAL_SCHOOL', 'INTERNSHIP', 'EXAM', 'SICK', 'CHILD_SICK',
            'EXCUSED', 'UNEXCUSED', 'PARENTAL_LEAVE')),
    recorded_at    timestamptz not null default now(),
    recorded_by    uuid,
    primary key (participant_id, day)
);

-- a month's submission: a row exists once the month is submitted (submitted_at is then set); the month is its
-- first day
create table coop_attendance_month (
    participant_id uuid        not null references coop_participant (id) on delete cascade,
    month          date        not null check (extract(day from month) = 1),
    submitted_at   timestamptz,
    submitted_by   uuid,
    primary key (participant_id, month)
);
