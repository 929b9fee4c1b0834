package org.herald.it.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls the test domain over HTTP, as the CRM would: JSON in, JSON out, bearer key. */
public final class HeraldClient {

  public static final String PORT = System.getProperty("herald.it.http.port", "28080");
  public static final String ROOT = "http://localhost:" + PORT;
  public static final String API = ROOT + "/herald/api/v1";
  public static final String API_KEY = System.getProperty("herald.it.api-key", "it-backoffice-key");

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern CSP_NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");
  // A cookie jar: a portal session survives between requests, as in a browser.
  // HTTP/1.1, as the end-to-end benchmark's client: the JDK's default tries an h2c upgrade and
  // then multiplexes every thread's requests over one HTTP/2 connection, where Payara's Grizzly
  // once left a request unanswered for 30 s among 16 parallel creates (QueueDispatchIT).
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .cookieHandler(new CookieManager())
          .build();
  private final String key;

  private HeraldClient(String key) {
    this.key = key;
  }

  /**
   * A client without the API key that has logged in to the portal as the test domain's first admin,
   * for reading portal pages; a browser test is the place for working them.
   */
  public static HeraldClient portalAdmin() {
    HeraldClient client = new HeraldClient(null);
    ApiResponse login = client.logIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
    if (login.status() != 302
        || login.header("Location").orElse("login.xhtml").contains("login.xhtml")) {
      throw new IllegalStateException("The portal refused the test admin: " + login.status());
    }
    return client;
  }

  /** Posts the login page's form (with the view state it was given) and answers the reply. */
  public ApiResponse logIn(String username, String password) {
    String login = page("/herald/login.xhtml").body();
    Matcher state = VIEW_STATE.matcher(login);
    Matcher nonce = CSP_NONCE.matcher(login);
    if (!state.find() || !nonce.find()) {
      throw new IllegalStateException("No view state or CSP nonce on the login page");
    }
    return submit(
        ROOT + "/herald/login.xhtml",
        "loginForm=loginForm&loginForm%3Ausername="
            + encoded(username)
            + "&loginForm%3Apassword="
            + encoded(password)
            + "&loginForm%3Alogin=&jakarta.faces.ViewState="
            + encoded(state.group(1))
            // PrimeFaces' CSP mode refuses a postback without the page's nonce.
            + "&primefaces.nonce="
            + encoded(nonce.group(1)));
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A client with the back-office key in force. */
  public static HeraldClient backOffice() {
    return new HeraldClient(API_KEY);
  }

  /** A client presenting {@code key} (null: no Authorization header at all). */
  public static HeraldClient withKey(String key) {
    return new HeraldClient(key);
  }

  public static String json(Object value) {
    return JSONB.toJson(value);
  }

  public ApiResponse get(String path) {
    return send(request(path).GET());
  }

  public ApiResponse post(String path, Object body) {
    return postRaw(path, body instanceof String s ? s : json(body), null);
  }

  public ApiResponse postRaw(String path, String body, String idempotencyKey) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request);
  }

  /** POST of a body that is not JSON (a CSV file), as its content type says. */
  public ApiResponse postAs(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public ApiResponse put(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json(body))));
  }

  /** A JSON Merge Patch (RFC 7396). */
  public ApiResponse mergePatch(String path, String patch) {
    return send(
        request(path)
            .header("Content-Type", "application/merge-patch+json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(patch)));
  }

  public ApiResponse delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any method with any body (null: none) and content type, as an outside client might send. */
  public ApiResponse request(String method, String path, String contentType, String body) {
    HttpRequest.Builder request = request(path);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(
        request.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
  }

  /** GET of an absolute URL as a recipient's browser would (no key; redirects not followed). */
  public ApiResponse visit(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET());
  }

  /** POST of a form to an absolute URL as a browser or mail provider would (no key). */
  public ApiResponse submit(String url, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** GET of any URL on the server (portal pages, /health, /openapi), without the API key. */
  public ApiResponse page(String pathFromRoot) {
    return send(
        HttpRequest.newBuilder(URI.create(ROOT + pathFromRoot))
            .timeout(Duration.ofSeconds(30))
            .GET());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(API + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    return builder;
  }

  private ApiResponse send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiResponse(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (IOException e) {
      throw new IllegalStateException("Herald did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
