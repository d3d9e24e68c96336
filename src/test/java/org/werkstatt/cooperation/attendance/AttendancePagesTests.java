package org.werkstatt.cooperation.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;
import org.werkstatt.platform.web.SiteTime;

/**
 * The attendance grid on the running application with the demo: the provider records, fills and submits; a future
 * day, an unknown code and a submitted month are refused with nothing stored; the jobcenter sees submitted months
 * only; every request writes one access-log entry with the category's route; the overdue task and the rate.
 */
class AttendancePagesTests extends FullStackTest {

	static final String CASEWORKER = "fallmanagement@jobcenter-hafenstadt.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AttendanceStore store;

	@Autowired
	SiteTime siteTime;

	@Test
	void theDemoHasSixMonthsWithEveryPastMonthSubmitted() {
		LocalDate today = today();
		UUID demir = participant("Demir");
		assertThat(jdbc.sql("select count(distinct date_trunc('month', day)) from coop_attendance_day where participant_id = ?")
			.param(demir).query(Integer.class).single()).isEqualTo(AttendanceDemo.MONTHS);
		assertThat(store.submittedMonths(demir)).hasSize(AttendanceDemo.MONTHS - 1)
			.doesNotContain(YearMonth.from(today));
		assertThat(jdbc.sql("select count(*) from coop_attendance_day where code = 'PARENTAL_LEAVE' and participant_id = ?")
			.param(participant("Kaya")).query(Integer.class).single()).isPositive();
		AttendanceRate rate = store.rate(agreement(), today.minusMonths(6), today);
		assertThat(rate.counted()).isPositive();
		assertThat(rate.percent()).isBetween(50, 100);
		assertThat(store.rate(agreement(), YearMonth.from(today).atDay(1), today).counted())
			.as("the current month is not submitted, so it does not count").isZero();
		long sql = jdbc.sql("""
				select count(*) from coop_attendance_day d join coop_participant p on p.id = d.participant_id
				 where p.agreement_id = ? and d.day between ? and ? and d.code <> 'HOLIDAY'""")
			.params(agreement(), YearMonth.from(today).minusMonths(1).atDay(1), YearMonth.from(today).minusMonths(1).atEndOfMonth())
			.query(Long.class).single();
		assertThat(store.rate(agreement(), YearMonth.from(today).minusMonths(1).atDay(1),
				YearMonth.from(today).minusMonths(1).atEndOfMonth()).counted()).isEqualTo(sql);
	}

	@Test
	void theProviderRecordsADayAndAFutureDayOrAnUnknownCodeIsRefusedWithWhatWasTypedKept() throws Exception {
		UUID p = participant("Kovalenko");
		LocalDate today = today();
		YearMonth month = YearMonth.from(today);
		long before = lastId();
		String page = mvc.perform(get(grid("Kovalenko")).with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("name=\"day-" + today.getDayOfMonth() + "\"").contains("attendance-weekend");
		assertThat(entries(before)).singleElement().satisfies(e -> {
			assertThat(e.granted()).isTrue();
			assertThat(e.route()).isEqualTo("/work/coop/{agreementId}/participants/{participantId}/attendance");
			assertThat(e.participantIds()).containsExactly(p);
		});

		mvc.perform(post(grid("Kovalenko")).param("month", month.toString()).param("day-" + today.getDayOfMonth(), "SICK")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "attendance.saved"));
		assertThat(code(p, today)).isEqualTo("SICK");

		String stale = mvc.perform(post(grid("Kovalenko")).param("month", month.toString()).param("stamp", "0-0")
			.param("day-" + today.getDayOfMonth(), "EXCUSED").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("inzwischen geändert").contains("value=\"EXCUSED\" selected");
		assertThat(code(p, today)).as("a stale form stores nothing").isEqualTo("SICK");
		String current = store.stamp(p, month);
		mvc.perform(post(grid("Kovalenko")).param("month", month.toString()).param("stamp", current)
			.param("day-" + today.getDayOfMonth(), "EXCUSED").with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(code(p, today)).isEqualTo("EXCUSED");

		LocalDate tomorrow = today.plusDays(1);
		before = lastId();
		String refused = mvc.perform(post(grid("Kovalenko")).param("month", YearMonth.from(tomorrow).toString())
			.param("day-" + tomorrow.getDayOfMonth(), "PRESENT").param("day-" + (tomorrow.getDayOfMonth() == 1 ? 2 : 1), "<script>x</script>")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(entries(before)).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo("WRITE"));
		assertThat(refused).contains("Ein Tag in der Zukunft kann noch nicht erfasst werden.")
			.contains("Diesen Code gibt es nicht.").contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
		assertThat(code(p, tomorrow)).isNull();
		assertThat(code(p, today)).as("nothing stored half").isEqualTo("EXCUSED");
	}

	@Test
	void aSubmittedMonthIsReadOnlyAndTheJobcenterSeesSubmittedMonthsOnly() throws Exception {
		UUID p = participant("Ahmadi");
		YearMonth previous = YearMonth.from(today()).minusMonths(1);
		LocalDate day = firstWorkingDay(previous, p);
		String before = code(p, day);
		mvc.perform(post(grid("Ahmadi")).param("month", previous.toString()).param("day-" + day.getDayOfMonth(), "UNEXCUSED")
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "attendance.month.alreadySubmitted"));
		assertThat(code(p, day)).isEqualTo(before);

		String submitted = mvc.perform(get(grid("Ahmadi")).param("month", previous.toString()).with(as(people, CASEWORKER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(submitted).contains("Übermittelt am").doesNotContain("attendance-code").contains("anwesend");
		LocalDate today = today();
		String current = mvc.perform(get(grid("Ahmadi")).param("month", YearMonth.from(today).toString()).with(as(people, CASEWORKER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(current).contains("Der Träger hat diesen Monat noch nicht übermittelt.").doesNotContain("attendance-code")
			.doesNotContain("attendance-grid");

		String todays = code(p, today);
		mvc.perform(post(grid("Ahmadi")).param("month", YearMonth.from(today).toString()).param("day-" + today.getDayOfMonth(), "UNEXCUSED")
			.with(as(people, CASEWORKER)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "attendance.providerOnly"));
		assertThat(code(p, today)).isEqualTo(todays);
	}

	@Test
	void fillThenSubmitAMonthThatIsOverButNotTheCurrentOne() throws Exception {
		UUID p = participant("Petrova");
		YearMonth previous = YearMonth.from(today()).minusMonths(1);
		jdbc.sql("delete from coop_attendance_month where participant_id = ? and month = ?").params(p, previous.atDay(1)).update();
		jdbc.sql("delete from coop_attendance_day where participant_id = ? and day between ? and ?")
			.params(p, previous.atDay(1), previous.atEndOfMonth()).update();
		LocalDate sunday = previous.atDay(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		mvc.perform(post(grid("Petrova") + "/submit").param("month", previous.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(flash().attribute("problem", "attendance.submit.missingDays"));
		mvc.perform(post(grid("Petrova") + "/fill").param("month", previous.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(flash().attribute("notice", "attendance.fill.done"));
		int workingDays = (int) previous.atDay(1).datesUntil(previous.atEndOfMonth().plusDays(1))
			.filter(d -> !AttendanceMonth.weekend(d)).count();
		assertThat(store.days(p, previous)).hasSize(workingDays).doesNotContainKey(sunday)
			.allSatisfy((d, c) -> assertThat(c).isEqualTo(AttendanceCode.PRESENT));
		mvc.perform(post(grid("Petrova") + "/submit").param("month", previous.toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(flash().attribute("notice", "attendance.submitted"));
		assertThat(store.submission(p, previous)).isPresent();
		mvc.perform(post(grid("Petrova") + "/submit").param("month", YearMonth.from(today()).toString())
			.with(as(people, Logins.PROVIDER_STAFF)).with(csrf()))
			.andExpect(flash().attribute("problem", "attendance.submit.notOver"));
		assertThat(store.submission(p, YearMonth.from(today()))).isEmpty();
	}

	@Test
	void withoutConsentToAttendanceTheProviderGetsNotFoundAndTheOverviewLeavesThePersonOut() throws Exception {
		long before = lastId();
		mvc.perform(get(grid("Khalil")).with(as(people, Logins.PROVIDER_STAFF))).andExpect(status().isNotFound());
		assertThat(entries(before)).singleElement().satisfies(e -> {
			assertThat(e.granted()).isFalse();
			assertThat(e.reason()).isEqualTo("CONSENT_WITHDRAWN");
		});
		String overview = mvc.perform(get("/work/coop/" + agreement() + "/attendance").with(as(people, Logins.PROVIDER_STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(overview).contains("Demir, Ayla").doesNotContain("Khalil").contains("übermittelt");
	}

	@Test
	void anOverdueMonthWaitsOnTheProvidersStartPage() throws Exception {
		UUID p = participant("Yusuf");
		UUID provider = jdbc.sql("select provider_id from agreement where id = ?").param(agreement()).query(UUID.class).single();
		UUID coordinator = jdbc.sql("select id from person where email = ?").param(Logins.PROVIDER_STAFF).query(UUID.class).single();
		LocalDate today = today();
		long before = store.overdue(provider, coordinator, today).getOrDefault(agreement(), 0L);
		YearMonth old = YearMonth.from(today).minusMonths(2);
		jdbc.sql("delete from coop_attendance_month where participant_id = ? and month = ?").params(p, old.atDay(1)).update();
		assertThat(store.overdue(provider, coordinator, today).get(agreement())).isEqualTo(before + 1);
		String start = mvc.perform(get("/my-work").with(as(people, Logins.PROVIDER_STAFF)))
			.andReturn().getResponse().getContentAsString();
		assertThat(start).contains("/work/coop/" + agreement() + "/attendance");
		jdbc.sql("insert into coop_attendance_month (participant_id, month, submitted_at, submitted_by) values (?, ?, now(), ?)")
			.params(p, old.atDay(1), coordinator).update();
	}

	// ---- helpers ----

	record Entry(boolean granted, String reason, String kind, String route, List<UUID> participantIds) {
	}

	private LocalDate today() {
		return LocalDate.now(siteTime.zone());
	}

	private UUID agreement() {
		return jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
	}

	private UUID participant(String lastName) {
		return jdbc.sql("select id from coop_participant where last_name = ?").param(lastName).query(UUID.class).single();
	}

	private String grid(String lastName) {
		return "/work/coop/" + agreement() + "/participants/" + participant(lastName) + "/attendance";
	}

	private String code(UUID participant, LocalDate day) {
		return jdbc.sql("select code from coop_attendance_day where participant_id = ? and day = ?").params(participant, day)
			.query(String.class).optional().orElse(null);
	}

	private LocalDate firstWorkingDay(YearMonth month, UUID participant) {
		return jdbc.sql("select min(day) from coop_attendance_day where participant_id = ? and day between ? and ?")
			.params(participant, month.atDay(1), month.atEndOfMonth()).query(LocalDate.class).single();
	}

	private long lastId() {
		return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}

	private List<Entry> entries(long before) {
		return jdbc.sql("select granted, reason, kind, route, participant_ids from access_log where id > ? order by id")
			.param(before)
			.query((rs, n) -> new Entry(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Arrays.asList((UUID[]) rs.getArray(5).getArray())))
			.list();
	}
}
