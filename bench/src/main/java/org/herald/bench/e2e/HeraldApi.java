package org.herald.bench.e2e;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Herald's REST API over java.net.http, with one bearer key; requests are built here, sent by the
 * caller.
 */
final class HeraldApi {

  /** Looked up once, not through a ServiceLoader per request: the client shares the cores. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final String key;

  HeraldApi(int httpPort, String key) {
    this("http://localhost:" + httpPort, key);
  }

  private HeraldApi(String base, String key) {
    this.base = base;
    this.key = key;
  }

  /** The same server, called with another key (an external system's). */
  HeraldApi as(String otherKey) {
    return new HeraldApi(base, otherKey);
  }

  HttpRequest post(String path, JsonObject body) {
    return json(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
  }

  HttpRequest put(String path, JsonObject body) {
    return json(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build();
  }

  HttpRequest get(String path) {
    return request(path).GET().build();
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends and answers the JSON body; any status but {@code expected} is an exception. */
  JsonObject call(HttpRequest request, int expected) throws IOException, InterruptedException {
    HttpResponse<String> response = send(request);
    expect(response, expected);
    try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  static void expect(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  /** The server's OpenAPI document (YAML), to learn which endpoints it has. */
  String openApi() throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(base + "/openapi")).GET().build());
    expect(response, 200);
    return response.body();
  }

  private HttpRequest.Builder json(String path) {
    return request(path).header("Content-Type", "application/json");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + "/herald/api/v1" + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + key)
        .header("Accept", "application/json");
  }
}
