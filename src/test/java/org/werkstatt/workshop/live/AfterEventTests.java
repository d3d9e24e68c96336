package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.Pdfs;
import org.werkstatt.workshop.EventFormat;
import org.werkstatt.workshop.event.EventForm;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

/** After the event, on the embedded PostgreSQL over HTTP: feedback, photos, and the XLSX and PDF exports. */
class AfterEventTests extends FullStackTest {

	static final Moderator MODERATOR = new Moderator(null, "Test-Moderation");
	static final String ORGANISER = "moderation@jobcenter-hafenstadt.example";
	static final String CASEWORKER = "fallmanagement@jobcenter-hafenstadt.example";
	static final String PASSWORD = "Werkstatt-Demo-2026";
	static final String NORDIC = "Übergänge für Ärztinnen, Söhne & Großeltern: „æ ø å“ – “quoted”";

	@LocalServerPort
	int port;

	@Autowired
	Live live;

	@Autowired
	LiveStore store;

	@Autowired
	EventStore events;

	@Autowired
	JdbcClient jdbc;

	record Setup(UUID event, UUID organisation, LiveSession session, UUID wall) {
	}

	Setup openEvent() {
		UUID organisation = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'").query(UUID.class).single();
		ZoneId zone = ZoneId.of("Europe/Berlin");
		LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
		String title = "Nachlese " + UUID.randomUUID();
		UUID event = events.create(organisation, new EventForm(EventFormat.IDEA_WORKSHOP, title, null, now.minusHours(1),
				now.plusHours(2), "Rathaus Hafenstadt", null, null, null, null, Visibility.PUBLIC, null), zone);
		live.sessionOf(event);
		UUID wall = live.addWall(event, new WallForm(NORDIC, "Was hilft?", null), MODERATOR);
		live.setState(event, LiveState.OPEN, MODERATOR);
		live.setWallOpen(event, wall, true, MODERATOR);
		live.setVotingOpen(event, true, MODERATOR);
		return new Setup(event, organisation, store.session(event).orElseThrow(), wall);
	}

	HttpSession joined(Setup setup, String nickname) {
		HttpSession phone = new HttpSession(port);
		phone.get("/join/" + setup.session().code());
		assertThat(phone.post("/join/" + setup.session().code(), Map.of("nickname", nickname, "consent", "true")).statusCode())
			.isEqualTo(302);
		assertThat(phone.get("/live/" + setup.session().code()).statusCode()).isEqualTo(200);
		return phone;
	}

	HttpSession organiser() {
		HttpSession organiser = new HttpSession(port);
		assertThat(organiser.signIn(ORGANISER, PASSWORD)).isTrue();
		return organiser;
	}

	int feedbackRows(UUID event) {
		return jdbc.sql("select count(*) from feedback where event_id = ?").param(event).query(Integer.class).single();
	}

	// feedback

	@Test
	void aParticipantGivesFeedbackOnceAndMayChangeItAlsoAfterTheSessionClosed() {
		Setup setup = openEvent();
		HttpSession phone = joined(setup, "Ada");
		String feedback = "/live/" + setup.session().code() + "/feedback";
		assertThat(phone.get("/live/" + setup.session().code()).body()).contains("id=\"feedback-form\"")
			.contains("Soll es dieses Format wieder geben?");

		HttpResponse<String> given = phone.post(feedback, Map.of("rating", "4", "repeat", "YES", "text", "Gute Moderation"));
		assertThat(given.statusCode()).isEqualTo(302);
		assertThat(given.headers().firstValue("Location").orElseThrow()).endsWith(feedback);
		HttpResponse<String> page = phone.get(feedback);
		assertThat(page.body()).contains("Danke für Ihr Feedback!").contains("Gute Moderation");
		assertThat(page.body()).containsPattern("value=\"4\"[^>]*checked");

		live.setState(setup.event(), LiveState.CLOSED, MODERATOR);
		HttpResponse<String> wall = phone.get("/live/" + setup.session().code());
		assertThat(wall.body()).contains("Wie war es? Geben Sie uns Feedback.");
		assertThat(wall.body().indexOf("id=\"feedback-form\"")).as("offered before the walls once closed")
			.isLessThan(wall.body().indexOf("id=\"wall-" + setup.wall()));
		assertThat(phone.get(feedback).statusCode()).isEqualTo(200);
		assertThat(phone.post(feedback, Map.of("rating", "2", "repeat", "NO", "text", "")).statusCode()).isEqualTo(302);

		assertThat(feedbackRows(setup.event())).isEqualTo(1);
		Map<String, Object> row = jdbc.sql("select rating, repeat_format, text from feedback where event_id = ?")
			.param(setup.event())
			.query()
			.singleRow();
		assertThat(((Number) row.get("rating")).intValue()).isEqualTo(2);
		assertThat(row).containsEntry("repeat_format", "NO").containsEntry("text", null);
	}

	@Test
	void badFeedbackGetsClearMessagesAndKeepsWhatWasTyped() {
		Setup setup = openEvent();
		HttpSession phone = joined(setup, "Cleo");
		String feedback = "/live/" + setup.session().code() + "/feedback";
		phone.get(feedback);
		HttpResponse<String> empty = phone.post(feedback, Map.of("text", "Bitte mehr Pausen"));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Bitte wählen Sie eine Bewertung von 1 bis 5.")
			.contains("Bitte sagen Sie, ob es dieses Format wieder geben soll.")
			.contains("Bitte mehr Pausen");
		HttpResponse<String> outOfRange = phone.post(feedback, Map.of("rating", "9", "repeat", "MAYBE", "text", "x"));
		assertThat(outOfRange.body()).contains("Bitte wählen Sie eine Bewertung von 1 bis 5.")
			.contains("Bitte sagen Sie, ob es dieses Format wieder geben soll.")
			.contains(">x</textarea>")
			.doesNotContain("Exception")
			.doesNotContain("Failed to convert");
		HttpResponse<String> tooLong = phone.post(feedback, Map.of("rating", "5", "repeat", "UNSURE", "text", "z".repeat(1001)));
		assertThat(tooLong.body()).contains("höchstens 1000 Zeichen").contains("z".repeat(1001));
		assertThat(feedbackRows(setup.event())).isZero();
	}

	@Test
	void aForgedTokenGivesNoFeedback() {
		Setup setup = openEvent();
		String feedback = "/live/" + setup.session().code() + "/feedback";
		HttpSession forger = new HttpSession(port);
		forger.get("/join/" + setup.session().code());
		forger.cookie(ParticipantCookie.name(setup.session().code()), "forged-token");
		HttpResponse<String> whileOpen = forger.post(feedback, Map.of("rating", "1", "repeat", "NO"));
		assertThat(whileOpen.statusCode()).isEqualTo(302);
		assertThat(whileOpen.headers().firstValue("Location").orElseThrow()).endsWith("/join/" + setup.session().code());

		live.setState(setup.event(), LiveState.CLOSED, MODERATOR);
		HttpResponse<String> closed = forger.post(feedback, Map.of("rating", "1", "repeat", "NO"));
		assertThat(closed.statusCode()).isEqualTo(403);
		assertThat(closed.body()).contains("Feedback geben können nur Personen, die an der Veranstaltung teilgenommen haben");
		assertThat(forger.get(feedback).statusCode()).isEqualTo(403);
		assertThat(feedbackRows(setup.event())).isZero();
	}

	@Test
	void theFeedbackSummaryIsForTheOrganiserOnly() {
		Setup setup = openEvent();
		String[][] answers = { { "5", "YES", "Sehr hilfreich" }, { "4", "YES", "" }, { "2", "UNSURE", "Zu laut im Saal" } };
		int i = 0;
		for (String[] answer : answers) {
			HttpSession phone = joined(setup, "P" + i++);
			assertThat(phone.post("/live/" + setup.session().code() + "/feedback",
					Map.of("rating", answer[0], "repeat", answer[1], "text", answer[2])).statusCode()).isEqualTo(302);
		}
		live.setResultsPublished(setup.event(), true, MODERATOR);
		String results = "/events/" + setup.event() + "/results";

		HttpResponse<String> organiserView = organiser().get(results);
		assertThat(organiserView.body()).contains("Feedback der Teilnehmenden")
			.contains("3,7 von 5")
			.contains("Ja: 2 · Nein: 0 · Weiß nicht: 1")
			.contains("Sehr hilfreich")
			.contains("Zu laut im Saal")
			.contains("2 Freitexte");

		for (HttpSession other : new HttpSession[] { new HttpSession(port), signedIn(CASEWORKER) }) {
			HttpResponse<String> view = other.get(results);
			assertThat(view.statusCode()).isEqualTo(200);
			assertThat(view.body()).contains("Was hilft?")
				.doesNotContain("Feedback der Teilnehmenden")
				.doesNotContain("Zu laut im Saal");
		}
	}

	HttpSession signedIn(String email) {
		HttpSession session = new HttpSession(port);
		assertThat(session.signIn(email, PASSWORD)).isTrue();
		return session;
	}

	@Test
	void feedbackSummaryCountsAndAverages() {
		FeedbackSummary summary = FeedbackSummary.of(java.util.List.of(
				new Feedback(5, RepeatFormat.YES, "gut", java.time.Instant.EPOCH),
				new Feedback(5, RepeatFormat.NO, " ", java.time.Instant.EPOCH),
				new Feedback(2, RepeatFormat.UNSURE, null, java.time.Instant.EPOCH)));
		assertThat(summary.count()).isEqualTo(3);
		assertThat(summary.average()).isEqualTo(4.0);
		assertThat(summary.ratings()).extracting(FeedbackSummary.RatingCount::count).containsExactly(2, 0, 0, 1, 0);
		assertThat(summary.ratings().getFirst().percent()).isEqualTo(67);
		assertThat(summary.yes()).isEqualTo(1);
		assertThat(summary.no()).isEqualTo(1);
		assertThat(summary.unsure()).isEqualTo(1);
		assertThat(summary.texts()).containsExactly("gut");
		assertThat(FeedbackSummary.of(java.util.List.of()).average()).isZero();
	}

	// the phone page: mail offer and the links after the session

	@Test
	void thePhoneOffersMailsAfterTheFirstIdeaAndLinksResultsAndDecisionsAfterTheSession() {
		Setup setup = openEvent();
		HttpSession phone = joined(setup, "Ida");
		String wall = "/live/" + setup.session().code();
		String before = phone.get(wall).body();
		assertThat(before).containsPattern("<aside[^>]*id=\"idea-mail-offer\"[^>]*hidden");
		assertThat(phone.post(wall + "/ideas", Map.of("wall", setup.wall().toString(), "text", "Mehr Sprachkurse am Abend"))
			.statusCode()).isEqualTo(302);
		String after = phone.get(wall).body();
		assertThat(after).containsPattern("<aside[^>]*id=\"idea-mail-offer\"(?![^>]*hidden)[^>]*>")
			.contains("/events/" + setup.event() + "/my-ideas#subscribe")
			.containsPattern("<ul[^>]*id=\"live-after\"[^>]*hidden");

		live.setState(setup.event(), LiveState.CLOSED, MODERATOR);
		String closed = phone.get(wall).body();
		assertThat(closed).containsPattern("<ul[^>]*id=\"live-after\"(?![^>]*hidden)[^>]*>")
			.contains("href=\"/events/" + setup.event() + "/decisions\"")
			.doesNotContain("id=\"results-link\"");
		live.setResultsPublished(setup.event(), true, MODERATOR);
		assertThat(phone.get(wall).body()).contains("href=\"/events/" + setup.event() + "/results\"");
		assertThat(phone.get("/events/" + setup.event() + "/decisions").statusCode()).isEqualTo(200);
	}

	// photos

	static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x00, 0x4B, 0x76));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}

	/** Sends a multipart form as a browser does, with the CSRF token of the given page. */
	static HttpResponse<String> upload(HttpSession session, String page, String action, byte[] file, String fileName,
			Map<String, String> fields) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.get(page).body());
		assertThat(csrf.find()).isTrue();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf.group(1));
		String boundary = "----werkstatt" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : all.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return session.send(HttpRequest.newBuilder(session.uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	String photosPage(Setup setup) {
		return "/manage/jobcenter-hafenstadt/events/" + setup.event() + "/photos";
	}

	UUID onlyPhoto(Setup setup) {
		return jdbc.sql("select id from event_photo where event_id = ?").param(setup.event()).query(UUID.class).single();
	}

	@Test
	void anOrganiserUploadsAPhotoWithAnAltTextAndEveryoneSeesItOnceResultsArePublished() {
		Setup setup = openEvent();
		HttpSession organiser = organiser();
		String page = photosPage(setup);
		byte[] png = png(64, 48);
		HttpResponse<String> uploaded = upload(organiser, page, page, png, "wand.png",
				Map.of("altText", "Drei Personen kleben Karten an die Wand", "caption", "Am Nachmittag"));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		UUID photo = onlyPhoto(setup);
		assertThat(organiser.get(page).body()).contains("Das Foto ist hochgeladen.").contains("Am Nachmittag");

		String results = "/events/" + setup.event() + "/results";
		assertThat(organiser.get(results).body())
			.contains("src=\"/events/" + setup.event() + "/photos/" + photo + "\"")
			.contains("alt=\"Drei Personen kleben Karten an die Wand\"")
			.contains("<figcaption class=\"kern-body kern-body--small\">Am Nachmittag</figcaption>");

		String photoPath = "/events/" + setup.event() + "/photos/" + photo;
		HttpResponse<byte[]> served = bytes(organiser, photoPath, null);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).isEqualTo(png);
		assertThat(served.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
		assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=86400").contains("private");
		assertThat(served.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
		String etag = served.headers().firstValue("ETag").orElseThrow();
		assertThat(bytes(organiser, photoPath, etag).statusCode()).isEqualTo(304);

		HttpSession visitor = new HttpSession(port);
		assertThat(bytes(visitor, photoPath, null).statusCode()).isEqualTo(404);
		live.setResultsPublished(setup.event(), true, MODERATOR);
		HttpResponse<byte[]> published = bytes(visitor, photoPath, null);
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(published.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
		assertThat(visitor.get(results).body()).contains("Drei Personen kleben Karten").doesNotContain("Fotos hochladen und verwalten");
		assertThat(bytes(visitor, "/events/" + setup.event() + "/photos/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);
	}

	@Test
	void badUploadsAreRefusedWithAClearMessageAndTheWordsStay() {
		Setup setup = openEvent();
		HttpSession organiser = organiser();
		String page = photosPage(setup);

		HttpResponse<String> noAlt = upload(organiser, page, page, png(10, 10), "a.png", Map.of("altText", " ", "caption", "Bleibt da"));
		assertThat(noAlt.statusCode()).isEqualTo(200);
		assertThat(noAlt.body()).contains("Bitte beschreiben Sie, was auf dem Foto zu sehen ist.").contains("value=\"Bleibt da\"");

		byte[] text = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> wrongType = upload(organiser, page, page, text, "bild.png", Map.of("altText", "Ein Bild", "caption", ""));
		assertThat(wrongType.body()).contains("Diese Datei ist kein JPEG-, PNG- oder WebP-Bild.").contains("value=\"Ein Bild\"");

		byte[] large = new byte[Photo.MAX_BYTES + 1];
		System.arraycopy(png(4, 4), 0, large, 0, 8);
		HttpResponse<String> tooLarge = upload(organiser, page, page, large, "gross.png", Map.of("altText", "Gross", "caption", ""));
		assertThat(tooLarge.body()).contains("Diese Datei ist zu groß. Ein Foto darf höchstens 5 MB haben.").contains("value=\"Gross\"");

		HttpResponse<String> english = upload(organiser, page + "?lang=en", page, text, "x.png", Map.of("altText", "", "caption", ""));
		assertThat(english.body()).contains("This file is not a JPEG, PNG or WebP image.").contains("Please describe what the photo shows.");
		assertThat(jdbc.sql("select count(*) from event_photo where event_id = ?").param(setup.event()).query(Integer.class).single())
			.isZero();
	}

	@Test
	void onlyOrganisersManagePhotosAndDeletingRemovesThem() {
		Setup setup = openEvent();
		HttpSession organiser = organiser();
		String page = photosPage(setup);
		upload(organiser, page, page, png(20, 20), "a.png", Map.of("altText", "Ein Kreis", "caption", ""));
		UUID photo = onlyPhoto(setup);

		assertThat(new HttpSession(port).get(page).statusCode()).isEqualTo(302);
		HttpSession caseworker = signedIn(CASEWORKER);
		assertThat(caseworker.get(page).statusCode()).isEqualTo(403);
		caseworker.get("/events/" + setup.event());
		assertThat(caseworker.post(page + "/" + photo + "/delete", Map.of()).statusCode()).isEqualTo(403);
		HttpSession otherOrganisation = signedIn("buero@buendnis-nordufer.example");
		assertThat(otherOrganisation.get("/manage/buendnis-nordufer/events/" + setup.event() + "/photos").statusCode())
			.isEqualTo(404);
		assertThat(onlyPhoto(setup)).isEqualTo(photo);

		organiser.get(page);
		HttpResponse<String> deleted = organiser.post(page + "/" + photo + "/delete", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(organiser.get(page).body()).contains("Das Foto ist gelöscht.").doesNotContain("Ein Kreis");
		assertThat(bytes(organiser, "/events/" + setup.event() + "/photos/" + photo, null).statusCode()).isEqualTo(404);
		assertThat(organiser.post(page + "/" + photo + "/delete", Map.of()).statusCode()).isEqualTo(404);
	}

	static HttpResponse<byte[]> bytes(HttpSession session, String path, String ifNoneMatch) {
		return ifNoneMatch == null ? session.getBytes(path) : session.getBytes(path, "If-None-Match", ifNoneMatch);
	}

	// exports

	/** An event with an idea that looks like a formula, a merged duplicate, a hidden idea and dots. */
	Setup eventWithResults() {
		Setup setup = openEvent();
		Participant ana = live.join(setup.event(), "Ana", null).participant();
		Participant ben = live.join(setup.event(), "Ben", null).participant();
		UUID formula = live.post(setup.session(), ana, setup.wall(), "=HYPERLINK(\"http://böse.example\";\"klick\")",
				setup.organisation()).subject();
		UUID first = live.post(setup.session(), ana, setup.wall(), "Mehr Kitaplätze für Alleinerziehende – „sofort“",
				setup.organisation()).subject();
		UUID duplicate = live.post(setup.session(), ben, setup.wall(), "Kitaplätze nachmittags", setup.organisation()).subject();
		UUID hidden = live.post(setup.session(), ben, setup.wall(), "Unsinn", setup.organisation()).subject();
		live.addDot(setup.session(), ana, first);
		live.addDot(setup.session(), ben, first);
		live.addDot(setup.session(), ben, duplicate);
		live.addDot(setup.session(), ana, formula);
		live.merge(setup.event(), duplicate, first, MODERATOR);
		live.hide(setup.event(), hidden, "Kein Beitrag", MODERATOR);
		return setup;
	}

	@Test
	void theWorkbookIsValidOfficeOpenXmlAndNoCellIsAFormula() throws Exception {
		Setup setup = eventWithResults();
		HttpResponse<byte[]> response = bytes(organiser(), "/events/" + setup.event() + "/results.xlsx", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("results.xlsx");

		Map<String, String> parts = unzip(response.body());
		assertThat(parts).containsOnlyKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
				"xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		for (Map.Entry<String, String> part : parts.entrySet()) {
			var document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(part.getValue().getBytes(StandardCharsets.UTF_8)));
			assertThat(document.getDocumentElement()).as(part.getKey()).isNotNull();
		}
		String sheet = parts.get("xl/worksheets/sheet1.xml");
		assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
		assertThat(sheet).contains("t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://böse.example&quot;;&quot;klick&quot;)</t>");
		assertThat(sheet).contains("Übergänge für Ärztinnen, Söhne &amp; Großeltern: „æ ø å“")
			.contains("Mehr Kitaplätze für Alleinerziehende – „sofort“")
			.contains("Kitaplätze nachmittags")
			.contains("<t xml:space=\"preserve\">Themenwand</t>")
			.doesNotContain("Unsinn");
		// the merged idea's row names the idea it was merged into; the rank and dots are numbers
		var mergedRow = java.util.regex.Pattern.compile("<row[^>]*>((?:(?!</row>).)*Kitaplätze nachmittags(?:(?!</row>).)*)</row>")
			.matcher(sheet);
		assertThat(mergedRow.find()).isTrue();
		assertThat(mergedRow.group(1)).containsPattern("<c r=\"E\\d+\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Mehr Kitaplätze für Alleinerziehende");
		assertThat(sheet).containsPattern("<c r=\"B2\"><v>1</v></c>").containsPattern("<c r=\"D2\"><v>2</v></c>");
		assertThat(parts.get("xl/workbook.xml")).contains("<sheet name=\"Ergebnisse\"");

		// read back as a spreadsheet program does: the time of posting is a date cell with time, in the site's zone
		Instant posted = jdbc.sql("select min(created_at) from idea where event_id = ? and status <> 'HIDDEN'").param(setup.event())
			.query(java.sql.Timestamp.class).single().toInstant();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			org.apache.poi.ss.usermodel.Sheet read = book.getSheetAt(0);
			assertThat(read.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Geschrieben am");
			Cell rank = read.getRow(1).getCell(1);
			assertThat(rank.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(rank.getNumericCellValue()).isEqualTo(1);
			LocalDateTime earliest = null;
			for (int r = 1; r <= read.getLastRowNum(); r++) {
				Cell time = read.getRow(r).getCell(6);
				assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
				assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy hh:mm");
				LocalDateTime value = time.getLocalDateTimeCellValue();
				earliest = earliest == null || value.isBefore(earliest) ? value : earliest;
			}
			assertThat(earliest).isEqualTo(LocalDateTime.ofInstant(posted, ZoneId.of("Europe/Berlin")).truncatedTo(ChronoUnit.MINUTES));
		}
	}

	@Test
	void theCsvFollowsTheOneCsvRule() {
		Setup setup = eventWithResults();
		for (String language : new String[] { "de", "da", "en" }) {
			HttpResponse<byte[]> response = bytes(organiser(), "/events/" + setup.event() + "/results.csv?lang=" + language, null);
			String csv = new String(response.body(), StandardCharsets.UTF_8);
			String heading = switch (language) {
				case "de" -> "\uFEFF\"Themenwand\";\"Rang\";";
				case "da" -> "\uFEFF\"Temavæg\";";
				default -> "\uFEFF\"Theme wall\";\"Rank\";";
			};
			assertThat(csv).as(language).startsWith(heading);
			assertThat(csv).containsPattern("\"Mehr Kitaplätze für Alleinerziehende – „sofort“\";\"\\d+\";")
				.containsPattern("\";\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\"\r\n")
				.contains("\"'=HYPERLINK(");
		}
	}

	@Test
	void thePdfDocumentsTheDayWithUmlautsAndQuotes() throws Exception {
		Setup setup = eventWithResults();
		HttpSession organiser = organiser();
		String page = photosPage(setup);
		upload(organiser, page, page, png(120, 80), "a.png", Map.of("altText", "Ein Kreis", "caption", "Die Wand am Abend"));
		byte[] webp = { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };
		upload(organiser, page, page, webp, "b.webp", Map.of("altText", "Ein Stapel Karten", "caption", "Karten am Morgen"));
		HttpResponse<byte[]> response = bytes(organiser, "/events/" + setup.event() + "/results.pdf", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		PdfReader reader = new PdfReader(response.body());
		assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= reader.getNumberOfPages(); i++) {
			text.append(extractor.getTextFromPage(i)).append('\n');
		}
		String all = text.toString();
		String title = jdbc.sql("select title from event where id = ?").param(setup.event()).query(String.class).single();
		// the title holds a random UUID, which the PDF may break after one of its hyphens
		assertThat(all.replace("-\n", "-")).contains(title);
		assertThat(all).contains("Rathaus Hafenstadt")
			.contains("Jobcenter Hafenstadt")
			.contains("Übergänge für Ärztinnen, Söhne & Großeltern")
			.contains("„æ ø å“")
			.contains("“quoted”")
			.contains("Mehr Kitaplätze für Alleinerziehende")
			.contains("„sofort“")
			.contains("Zusammengeführt: Kitaplätze nachmittags")
			.contains("1 ausgeblendet oder nicht freigegeben")
			.contains("Die Wand am Abend")
			.contains("Foto (im PDF nicht darstellbar): Karten am Morgen")
			.doesNotContain("Foto (im PDF nicht darstellbar): Die Wand am Abend")
			.doesNotContain("Unsinn");
		reader.close();

		// as a reader's programs see it: tagged, titled, in the language, fonts embedded, numbered pages
		for (String language : new String[] { "de", "da", "en" }) {
			Path file = Pdfs.save(bytes(organiser, "/events/" + setup.event() + "/results.pdf?lang=" + language, null).body(),
					"results-" + language);
			String prefix = switch (language) {
				case "de" -> "Ergebnisse: ";
				case "da" -> "Resultater: ";
				default -> "Results: ";
			};
			Pdfs.assertAccessible(file, prefix + title, language);
			int pages = Pdfs.pages(file);
			String last = switch (language) {
				case "de" -> "Seite " + pages + " von " + pages;
				case "da" -> "Side " + pages + " af " + pages;
				default -> "Page " + pages + " of " + pages;
			};
			assertThat(Pdfs.text(file)).contains(last);
			Pdfs.png(file);
		}
		String raw = new String(bytes(organiser, "/events/" + setup.event() + "/results.pdf", null).body(), StandardCharsets.ISO_8859_1);
		assertThat(raw).as("the photo is a figure with its alternative text").contains("/S/Figure").contains("/Alt");
	}

	@Test
	void exportsFollowTheResultsVisibility() {
		Setup setup = eventWithResults();
		HttpSession visitor = new HttpSession(port);
		HttpSession organiser = organiser();
		for (String file : new String[] { "results.xlsx", "results.pdf" }) {
			String path = "/events/" + setup.event() + "/" + file;
			assertThat(bytes(visitor, path, null).statusCode()).as(file).isEqualTo(404);
			assertThat(bytes(organiser, path, null).statusCode()).as(file).isEqualTo(200);
		}
		String results = organiser.get("/events/" + setup.event() + "/results").body();
		assertThat(results).contains("/results.csv").contains("/results.xlsx").contains("/results.pdf");
		live.setResultsPublished(setup.event(), true, MODERATOR);
		for (String file : new String[] { "results.xlsx", "results.pdf" }) {
			assertThat(bytes(visitor, "/events/" + setup.event() + "/" + file, null).statusCode()).as(file).isEqualTo(200);
		}
		assertThat(bytes(visitor, "/events/" + UUID.randomUUID() + "/results.pdf", null).statusCode()).isEqualTo(404);
	}

	static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> parts = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return parts;
	}
}
