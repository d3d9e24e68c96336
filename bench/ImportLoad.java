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
 * Times the import of a generated measure file into a plan of a running Werkstatt, as a planner does it:
 * upload (read and stored as a preview), preview page (every row checked against the plan), confirm (all rows
 * written in one transaction, each with its first version). No dependencies: {@code java bench/ImportLoad.java}.
 *
 * Usage: java bench/ImportLoad.java BASE_URL SLUG PLAN_ID EMAIL PASSWORD [ROWS]
 * The numbers carry a random prefix per run, so the same plan takes several runs.
 */
public class ImportLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		if (args.length < 5) {
			System.err.println("usage: java bench/ImportLoad.java BASE_URL SLUG PLAN_ID EMAIL PASSWORD [ROWS]");
			System.exit(2);
		}
		String base = args[0].replaceAll("/+$", "");
		String page = base + "/manage/" + args[1] + "/plans/" + args[2] + "/import";
		int rows = args.length > 5 ? Integer.parseInt(args[5]) : 1000;
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

		String token = csrf(get(client, base + "/login"));
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + encode(args[3]) + "&password=" + encode(args[4]) + "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("/login")) {
			throw new IllegalStateException("login failed: " + login.statusCode());
		}
		byte[] file = file(rows, "B" + UUID.randomUUID().toString().substring(0, 4));
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
		System.out.printf("rows %d, file %d KB%n", rows, file.length / 1024);
		System.out.printf("upload and read   %6d ms%n", (uploadedAt - start) / 1_000_000);
		System.out.printf("preview (checked) %6d ms%n", (previewedAt - uploadedAt) / 1_000_000);
		System.out.printf("confirm (written) %6d ms%n", (confirmedAt - previewedAt) / 1_000_000);
		System.out.printf("total             %6d ms%n", (confirmedAt - start) / 1_000_000);
	}

	static byte[] file(int rows, String prefix) {
		StringBuilder csv = new StringBuilder("\uFEFFNummer;Titel;Beschreibung;Status;Fortschritt;Beginn;Ende;Budget;Plätze\r\n");
		String[] statuses = { "Geplant", "In Umsetzung", "Umgesetzt", "Verworfen" };
		for (int i = 1; i <= rows; i++) {
			csv.append(prefix).append('-').append(i).append(";Maßnahme ").append(i).append(";Beschreibung der Maßnahme ")
				.append(i).append(" mit etwas Text, damit die Zeile nach einer echten aussieht.;").append(statuses[i % 4])
				.append(';').append(i % 101).append(";01.01.2026;31.12.2026;").append(i * 100).append(',').append(i % 100)
				.append(';').append(i % 30).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static HttpRequest multipart(String url, String token, byte[] file) {
		String boundary = "----bench" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
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
