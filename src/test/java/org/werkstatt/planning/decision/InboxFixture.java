package org.werkstatt.planning.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.HttpSession;
import org.werkstatt.planning.plan.Editor;
import org.werkstatt.planning.plan.MeasureForm;
import org.werkstatt.planning.plan.Measures;
import org.werkstatt.planning.plan.PlanForm;
import org.werkstatt.planning.plan.PlanKind;
import org.werkstatt.planning.plan.PlanState;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanVisibility;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;
import org.werkstatt.workshop.live.LiveFixture;

/**
 * What the inbox tests set up: a live event of the demo jobcenter whose ideas participants post from their
 * own "phones" (so that each has the participant cookie), plans with measures of the jobcenter and of
 * another organisation, and forms posted with repeated fields (several ideas at once).
 */
final class InboxFixture {

	static final String SLUG = "jobcenter-hafenstadt";
	static final String INBOX = "/manage/" + SLUG + "/inbox";
	static final String PLANNER = "planung@jobcenter-hafenstadt.example";
	static final String MODERATOR = "moderation@jobcenter-hafenstadt.example";
	static final String PASSWORD = "Werkstatt-Demo-2026";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;
	private final JdbcClient jdbc;
	private final LiveFixture live;
	private final PlanStore plans;
	private final Measures measures;
	private final EventStore events;

	InboxFixture(ApplicationContext context, int port) {
		this.port = port;
		this.jdbc = context.getBean(JdbcClient.class);
		this.live = new LiveFixture(context);
		this.plans = context.getBean(PlanStore.class);
		this.measures = context.getBean(Measures.class);
		this.events = context.getBean(EventStore.class);
	}

	LiveFixture.LiveEvent event(String title) {
		return live.open(title + " " + UUID.randomUUID().toString().substring(0, 8), false, "Übergänge", "Familie");
	}

	void seed(LiveFixture.LiveEvent event) {
		live.seed(event);
	}

	/** A participant who joined the event on a phone of their own. */
	HttpSession phone(LiveFixture.LiveEvent event, String nickname) {
		HttpSession phone = new HttpSession(port);
		phone.get("/join/" + event.code());
		assertThat(phone.post("/join/" + event.code(), Map.of("nickname", nickname, "consent", "true")).statusCode())
			.isEqualTo(302);
		phone.get("/live/" + event.code());
		return phone;
	}

	/** Posts an idea from the phone to the event's first wall; its id. */
	UUID post(HttpSession phone, LiveFixture.LiveEvent event, String text) {
		assertThat(phone.post("/live/" + event.code() + "/ideas", Map.of("wall", event.walls().getFirst().toString(), "text", text))
			.statusCode()).isEqualTo(302);
		return idea(event.eventId(), text);
	}

	UUID idea(UUID eventId, String text) {
		return jdbc.sql("select id from idea where event_id = ? and text = ?").params(eventId, text).query(UUID.class).single();
	}

	HttpSession planner() {
		HttpSession planner = new HttpSession(port);
		assertThat(planner.signIn(PLANNER, PASSWORD)).isTrue();
		return planner;
	}

	UUID organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(UUID.class).single();
	}

	UUID plan(String slug, String title) {
		return plans.create(organisation(slug), new PlanForm(PlanKind.LABOUR_MARKET_PROGRAMME, title + " " + UUID.randomUUID(),
				null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), PlanState.ADOPTED, null, null,
				PlanVisibility.PUBLIC, false));
	}

	UUID measure(String slug, UUID plan, String number, String title) {
		return measures.create(plan, organisation(slug), new MeasureForm(number, title, null, null, null, null, null,
				"PLANNED", null, null, null, null, null), new Editor(null, "Test"));
	}

	/** An idea at an event of another organisation (the network). */
	UUID foreignIdea() {
		UUID network = organisation("buendnis-nordufer");
		ZoneId zone = ZoneId.of("Europe/Berlin");
		LocalDateTime now = LocalDateTime.now(zone).withNano(0);
		UUID event = events.create(network, new EventForm(EventFormat.WORKSHOP_MEETING, "Treffen " + UUID.randomUUID(), null,
				now.minusDays(3), now.minusDays(3).plusHours(2), "Bürgerhaus", null, null, null, null, Visibility.PUBLIC, null),
				zone);
		jdbc.sql("insert into live_session (event_id, code, state) values (?, ?, 'CLOSED')")
			.params(event, "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase())
			.update();
		UUID wall = jdbc.sql("insert into wall (event_id, position, title) values (?, 1, 'Bündnis') returning id")
			.param(event)
			.query(UUID.class)
			.single();
		return jdbc.sql("insert into idea (event_id, wall_id, text, status) values (?, ?, 'Fremde Idee', 'PUBLISHED') returning id")
			.params(event, wall)
			.query(UUID.class)
			.single();
	}

	/** Posts a form with repeated fields (name, value, name, value …) and the CSRF token of the page at {@code from}. */
	static HttpResponse<String> post(HttpSession session, String from, String path, List<String> fields) {
		Matcher csrf = CSRF.matcher(session.get(from).body());
		assertThat(csrf.find()).as("a form with a CSRF token on " + from).isTrue();
		StringBuilder body = new StringBuilder("_csrf=" + encode(csrf.group(1)));
		for (int i = 0; i + 1 < fields.size(); i += 2) {
			body.append('&').append(encode(fields.get(i))).append('=').append(encode(fields.get(i + 1)));
		}
		return session.send(HttpRequest.newBuilder(session.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	static List<String> ideas(UUID... ids) {
		return List.of(ids).stream().flatMap(id -> List.of("ideaIds", id.toString()).stream()).collect(Collectors.toList());
	}

	Map<String, Object> decision(UUID idea) {
		return jdbc.sql("select * from decision where idea_id = ?").param(idea).query().listOfRows().stream().findFirst().orElse(null);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
