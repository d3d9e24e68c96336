import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the import of a generated openQ-cat catalog into a running Werkstatt, as provider staff does it:
 * upload (parsed and stored as a preview), preview page (every offer and run checked against the catalog),
 * confirm (every offer created as a draft and submitted, every run created, in one transaction). No
 * dependencies: {@code java bench/CatalogImportLoad.java}.
 *
 * Usage: java bench/CatalogImportLoad.java BASE_URL SLUG EMAIL PASSWORD [OFFERS] [RUNS_PER_OFFER]
 * The external ids carry a random prefix per run, so every run imports new offers.
 */
public class CatalogImportLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: java bench/CatalogImportLoad.java BASE_URL SLUG EMAIL PASSWORD [OFFERS] [RUNS_PER_OFFER]");
			System.exit(2);
		}
		String base = args[0].replaceAll("/+$", "");
		String page = base + "/manage/" + args[1] + "/offers/import";
		int rows = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
		int runs = args.length > 5 ? Integer.parseInt(args[5]) : 2;
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

		String token = csrf(get(client, base + "/login"));
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + encode(args[2]) + "&password=" + encode(args[3]) + "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("/login")) {
			throw new IllegalStateException("login failed: " + login.statusCode());
		}
		byte[] file = file(rows, runs, "B" + UUID.randomUUID().toString().substring(0, 6));
		token = csrf(get(client, page));

		long start = System.nanoTime();
		HttpResponse<String> uploaded = client.send(multipart(page, token, file), HttpResponse.BodyHandlers.ofString());
		long uploadedAt = System.nanoTime();
		String preview = uploaded.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
				"upload refused (" + uploaded.statusCode() + ")"));
		String previewUrl = preview.startsWith("http") ? preview : base + preview;
		String previewPage = get(client, previewUrl);
		long previewedAt = System.nanoTime();
		if (!previewPage.contains("id=\"confirm-form\"")) {
			throw new IllegalStateException("the preview found problems");
		}
		HttpResponse<String> confirmed = client.send(HttpRequest.newBuilder(URI.create(previewUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf(previewPage))))
			.build(), HttpResponse.BodyHandlers.ofString());
		long confirmedAt = System.nanoTime();
		if (confirmed.statusCode() != 302) {
			throw new IllegalStateException("confirm failed: " + confirmed.statusCode());
		}
		System.out.printf("offers %d, runs %d, file %d KB%n", rows, rows * runs, file.length / 1024);
		System.out.printf("upload and read   %6d ms%n", (uploadedAt - start) / 1_000_000);
		System.out.printf("preview (checked) %6d ms%n", (previewedAt - uploadedAt) / 1_000_000);
		System.out.printf("confirm (written) %6d ms%n", (confirmedAt - previewedAt) / 1_000_000);
		System.out.printf("total             %6d ms%n", (confirmedAt - start) / 1_000_000);
	}

	/** An openQ-cat catalog in the structure KURSNET takes (see src/test/resources/catalog/openqcat-example.xml). */
	static byte[] file(int offers, int runs, String prefix) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OPENQCAT version=\"1.1\">\n"
				+ "<HEADER><CATALOG><LANGUAGE>deu</LANGUAGE><CATALOG_ID>bench</CATALOG_ID></CATALOG></HEADER>\n<NEW_CATALOG>\n");
		String[] forms = { "101", "102", "201", "301", "401" };
		for (int i = 1; i <= offers; i++) {
			String id = prefix + "-" + i;
			xml.append("<SERVICE mode=\"new\"><PRODUCT_ID>").append(id).append("</PRODUCT_ID><SERVICE_DETAILS>")
				.append("<TITLE>Weiterbildung ").append(i).append(" – Lager und Logistik</TITLE>")
				.append("<DESCRIPTION_SHORT>Qualifizierung mit Praxisphasen, Nummer ").append(i).append(".</DESCRIPTION_SHORT>")
				.append("<DESCRIPTION_LONG>Sie lernen Wareneingang, Lagerung, Kommissionierung und Versand, mit Praktikum im Betrieb ")
				.append("und Bewerbungstraining. Der Kurs endet mit einer Prüfung vor der Kammer.</DESCRIPTION_LONG>")
				.append("<CONTACT><FIRST_NAME>Nina</FIRST_NAME><LAST_NAME>Beispiel</LAST_NAME><PHONE>+49 40 000000</PHONE>")
				.append("<EMAILS><EMAIL>beratung@bildungswerk-kai.example</EMAIL></EMAILS></CONTACT>")
				.append("<KEYWORD>Lager</KEYWORD><KEYWORD>Logistik</KEYWORD>")
				.append("<TARGET_GROUP><TARGET_GROUP_TEXT>Arbeitsuchende</TARGET_GROUP_TEXT></TARGET_GROUP>")
				.append("<SERVICE_MODULE><EDUCATION type=\"true\"><DEGREE><DEGREE_TITLE>Zertifikat</DEGREE_TITLE></DEGREE>")
				.append("<EXTENDED_INFO><INSTRUCTION_FORM type=\"").append(forms[i % forms.length]).append("\">Vollzeit</INSTRUCTION_FORM>")
				.append("</EXTENDED_INFO><MODULE_COURSE><DURATION>6 Monate</DURATION></MODULE_COURSE></EDUCATION></SERVICE_MODULE>")
				.append("</SERVICE_DETAILS></SERVICE>\n");
			for (int r = 1; r <= runs; r++) {
				xml.append("<SERVICE mode=\"new\"><PRODUCT_ID>").append(id).append("-").append(r).append("</PRODUCT_ID><SERVICE_DETAILS>")
					.append("<SERVICE_DATE><START_DATE>2027-0").append(r % 9 + 1).append("-01</START_DATE><END_DATE>2027-0")
					.append(r % 9 + 1).append("-28</END_DATE></SERVICE_DATE><SERVICE_MODULE><EDUCATION type=\"false\"><COURSE_ID>")
					.append(id).append("</COURSE_ID><MODULE_COURSE><LOCATION><STREET>Kaistraße ").append(r).append("</STREET>")
					.append("<ZIP>20457</ZIP><CITY>Hafenstadt</CITY></LOCATION><INSTRUCTION_REMARKS>Mo–Fr 8–15 Uhr</INSTRUCTION_REMARKS>")
					.append("</MODULE_COURSE></EDUCATION></SERVICE_MODULE></SERVICE_DETAILS><SERVICE_PRICE_DETAILS><SERVICE_PRICE>")
					.append("<PRICE_AMOUNT>").append(1000 + i).append(".00</PRICE_AMOUNT><PRICE_CURRENCY>EUR</PRICE_CURRENCY>")
					.append("</SERVICE_PRICE></SERVICE_PRICE_DETAILS></SERVICE>\n");
			}
		}
		return xml.append("</NEW_CATALOG>\n</OPENQCAT>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	static HttpRequest multipart(String url, String token, byte[] file) {
		String boundary = "----bench" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xml\"\r\n"
				+ "Content-Type: text/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	static String get(HttpClient client, String url) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + ": " + response.statusCode());
		}
		return response.body();
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return matcher.group(1);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
