package org.werkstatt;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor with a cookie jar talking plain HTTP to the running application, as a browser without
 * JavaScript would: it reads the CSRF token from the page's form and sends it back.
 */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String base;
	private final HttpClient client;
	private final CookieManager cookies;
	private String csrf = "";

	public HttpSession(int port) {
		this("http://127.0.0.1:" + port);
	}

	public HttpSession(String base) {
		this.base = base;
		this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET().build());
		Matcher matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			csrf = matcher.group(1);
		}
		return response;
	}

	/** Fetches a file (an image, a download) as bytes, with extra headers given as name, value, … */
	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Opens an answer that does not end (a live stream) with this session's cookies, extra headers given as
	 * name, value, …; it returns with the headers, and the body is read as it comes (close it to hang up).
	 */
	public HttpResponse<java.io.InputStream> stream(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/event-stream").GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts a form with the CSRF token of the last page fetched. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", csrf);
		return postRaw(path, fields);
	}

	/**
	 * Fetches a page over a plain socket with a forged {@code Host} header (Java's HTTP client refuses to set
	 * one) and this session's cookies; the answer's status line, headers and body as one text.
	 */
	public String getWithHost(String path, String host) {
		URI uri = uri(path);
		String cookie = cookies.getCookieStore()
			.get(uri)
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
			socket.getOutputStream()
				.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\nConnection: close\r\n"
						+ (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The value of this session's cookie of that name, {@code null} if it has none. */
	public String cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue).findFirst().orElse(null);
	}

	/** Sets a cookie as if the server had sent it (for example a forged one). */
	public void cookie(String name, String value) {
		java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(uri("/"), cookie);
	}

	/** Posts a form as the live pages' script does, asking for a JSON answer, marked as a script call. */
	public HttpResponse<String> postForJson(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", csrf);
		return postForJson(path, fields, true);
	}

	/**
	 * Posts exactly the given fields asking for JSON, with or without the header that marks a script call
	 * ({@code X-Werkstatt-Call}).
	 */
	public HttpResponse<String> postForJson(String path, Map<String, String> fields, boolean marked) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (marked) {
			request.header("X-Werkstatt-Call", "live");
		}
		return send(request.build());
	}

	/** Posts exactly the given fields, without adding the CSRF token. */
	public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Fetches the login page and signs in; returns the response to the login form (a redirect). */
	public HttpResponse<String> login(String email, String password) {
		get("/login");
		return post("/login", Map.of("email", email, "password", password));
	}

	/** Whether the login is accepted: a redirect anywhere but back to the login page. */
	public boolean signIn(String email, String password) {
		HttpResponse<String> response = login(email, password);
		return response.statusCode() == 302
				&& !response.headers().firstValue("Location").orElse("/login").contains("/login");
	}

	/** Signs in and follows the redirect: the page a person sees after the attempt. */
	public HttpResponse<String> loginAndFollow(String email, String password) {
		HttpResponse<String> response = login(email, password);
		return response.headers().firstValue("Location").map(this::get).orElse(response);
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public URI uri(String path) {
		return path.startsWith("http") ? URI.create(path) : URI.create(base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
