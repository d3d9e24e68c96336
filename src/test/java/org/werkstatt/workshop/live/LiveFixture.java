package org.werkstatt.workshop.live;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/**
 * Sets up live events for tests outside this package (the browser tests): an event of the demo's host
 * organisation with open walls, an open session and open voting, made through the same {@link Live}
 * service the console uses; and, if asked, a few participants with ideas and dots in every state.
 */
public final class LiveFixture {

	public static final String SLUG = "jobcenter-hafenstadt";

	/** A live event as the tests reach it. */
	public record LiveEvent(UUID eventId, String code, List<UUID> walls) {

		public String console() {
			return base() + "/live";
		}

		public String projector() {
			return base() + "/projector";
		}

		public String present() {
			return base() + "/present";
		}

		public String results() {
			return "/events/" + eventId + "/results";
		}

		public String wall() {
			return "/live/" + code;
		}

		private String base() {
			return "/manage/" + SLUG + "/events/" + eventId;
		}
	}

	private final Live live;
	private final LiveStore store;
	private final EventStore events;
	private final Organisations organisations;
	private final Moderator moderator = new Moderator(UUID.randomUUID(), "Test-Moderation");

	public LiveFixture(ApplicationContext context) {
		this.live = context.getBean(Live.class);
		this.store = context.getBean(LiveStore.class);
		this.events = context.getBean(EventStore.class);
		this.organisations = context.getBean(Organisations.class);
	}

	/** A public event with the walls, each open; the session open, voting open. */
	public LiveEvent open(String title, boolean preModeration, String... wallTitles) {
		OrganisationSummary host = organisations.bySlug(SLUG).orElseThrow();
		LocalDateTime starts = LocalDateTime.now().plusDays(1).withNano(0);
		UUID eventId = events.create(host.id(),
				new EventForm(EventFormat.IDEA_WORKSHOP, title, "", starts, starts.plusHours(3), "Stadtteilzentrum Nordufer",
						"", "", "Hafenstadt", "", Visibility.PUBLIC, null),
				ZoneId.of("Europe/Berlin"));
		LiveSession session = live.sessionOf(eventId);
		live.changeSettings(eventId, new SettingsForm(preModeration, session.dotBudget(), session.maxDotsPerIdea(),
				session.ideasPerMinute(), session.eventIdeasPerMinute(), ""), moderator);
		List<UUID> walls = new ArrayList<>();
		for (String wallTitle : wallTitles) {
			UUID wall = live.addWall(eventId, new WallForm(wallTitle, "Was hilft Ihnen beim Thema »" + wallTitle + "«?", "Alle"),
					moderator);
			live.setWallOpen(eventId, wall, true, moderator);
			walls.add(wall);
		}
		live.setState(eventId, LiveState.OPEN, moderator);
		live.setVotingOpen(eventId, true, moderator);
		return new LiveEvent(eventId, session.code(), List.copyOf(walls));
	}

	/**
	 * Ideas in every state a page shows differently: published with dots, pinned, corrected by the
	 * moderation, merged into another, pending, hidden with a reason. Pre-moderation is as before afterwards.
	 */
	public void seed(LiveEvent event) {
		LiveSession session = store.session(event.eventId()).orElseThrow();
		UUID organisation = events.find(event.eventId()).orElseThrow().organisationId();
		Participant ada = live.join(event.eventId(), "Ada", null).participant();
		Participant ben = live.join(event.eventId(), null, null).participant();
		UUID wall = event.walls().getFirst();
		UUID childcare = posted(live.post(session, ada, wall, "Kinderbetreuung auch am frühen Morgen", organisation));
		UUID bus = posted(live.post(session, ben, wall, "Ein Bus, der zum Gewerbegebiet fährt", organisation));
		UUID busAgain = posted(live.post(session, ada, wall, "Busverbindung ins Gewerbegebiet", organisation));
		UUID rude = posted(live.post(session, ben, wall, "Das ist doch alles Unsinn", organisation));
		UUID last = event.walls().getLast();
		UUID mentoring = posted(live.post(session, ben, last, "Patenschaften mit Betrieben aus dem Hafen", organisation));
		require(live.addDot(session, ada, childcare));
		require(live.addDot(session, ada, childcare));
		require(live.addDot(session, ben, childcare));
		require(live.addDot(session, ben, bus));
		require(live.addDot(session, ada, mentoring));
		require(live.pin(event.eventId(), childcare, true, moderator));
		require(live.correct(event.eventId(), bus, "Ein Bus, der zum Gewerbegebiet fährt.", moderator));
		require(live.merge(event.eventId(), busAgain, bus, moderator));
		require(live.hide(event.eventId(), rude, "beleidigend", moderator));
		live.changeSettings(event.eventId(), new SettingsForm(true, session.dotBudget(), session.maxDotsPerIdea(),
				session.ideasPerMinute(), session.eventIdeasPerMinute(), ""), moderator);
		posted(live.post(store.session(event.eventId()).orElseThrow(), ada, wall, "Sprachkurse am Abend", organisation));
		live.changeSettings(event.eventId(), SettingsForm.of(session), moderator);
	}

	/**
	 * Many ideas for a big room: {@code perWall} on every wall, from participants of five ideas each, with dots
	 * on some and a few that read like an earlier one (so the console flags them).
	 */
	public void seedMany(LiveEvent event, int perWall) {
		LiveSession session = store.session(event.eventId()).orElseThrow();
		UUID organisation = events.find(event.eventId()).orElseThrow().organisationId();
		String[] topics = { "Kinderbetreuung", "Busverbindung", "Sprachkurs", "Praktikum", "Beratung", "Weiterbildung",
				"Teilzeitausbildung", "Jobmesse", "Mentoring", "Bewerbungstraining" };
		Participant author = null;
		int posted = 0;
		for (UUID wall : event.walls()) {
			for (int i = 0; i < perWall; i++) {
				if (posted++ % 5 == 0) {
					author = live.join(event.eventId(), null, null).participant();
				}
				String topic = topics[i % topics.length];
				// every tenth idea repeats an earlier one of its wall in other words
				String text = i >= topics.length && i % 10 == 3 ? topic + " am Abend, bitte"
						: topic + " am Abend " + (i % 10 == 3 ? "" : "– Vorschlag " + (i + 1) + " für " + wall.toString().substring(0, 4));
				UUID idea = posted(live.post(session, author, wall, text, organisation));
				if (i % 7 == 0) {
					live.addDot(session, author, idea);
				}
			}
		}
	}

	/** Posts an idea as a new participant. */
	public UUID post(LiveEvent event, UUID wall, String text) {
		LiveSession session = store.session(event.eventId()).orElseThrow();
		UUID organisation = events.find(event.eventId()).orElseThrow().organisationId();
		Participant author = live.join(event.eventId(), null, null).participant();
		return posted(live.post(session, author, wall, text, organisation));
	}

	/** Dots on the idea, each from a new participant. */
	public void dots(LiveEvent event, UUID idea, int count) {
		for (int i = 0; i < count; i++) {
			LiveSession session = store.session(event.eventId()).orElseThrow();
			require(live.addDot(session, live.join(event.eventId(), null, null).participant(), idea));
		}
	}

	public void merge(LiveEvent event, UUID idea, UUID into) {
		require(live.merge(event.eventId(), idea, into, moderator));
	}

	/** Ends the session, and publishes the results if asked to. */
	public void close(LiveEvent event, boolean publishResults) {
		live.setState(event.eventId(), LiveState.CLOSED, moderator);
		live.setResultsPublished(event.eventId(), publishResults, moderator);
	}

	private static UUID posted(Outcome outcome) {
		require(outcome);
		return outcome.subject();
	}

	private static void require(Outcome outcome) {
		if (!outcome.done()) {
			throw new IllegalStateException("refused: " + outcome.messageKey());
		}
	}
}
