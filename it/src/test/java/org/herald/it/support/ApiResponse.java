package org.herald.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** An HTTP answer with helpers to read its JSON body. */
public record ApiResponse(int status, String contentType, String body, HttpResponse<String> raw) {

  private static final Jsonb JSONB = JsonbBuilder.create();

  public JsonObject json() {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** The body bound to one of the API's records. */
  public <T> T as(Class<T> type) {
    return JSONB.fromJson(body, type);
  }

  public Optional<String> header(String name) {
    return raw.headers().firstValue(name);
  }

  /** The {@code field} of every entry in a problem's {@code errors}. */
  public List<String> errorFields() {
    return json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  /** The {@code code} of the problem's error about {@code field}, or null if none names it. */
  public String errorCode(String field) {
    return json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject())
        .filter(e -> field.equals(e.getString("field")))
        .map(e -> e.getString("code"))
        .findFirst()
        .orElse(null);
  }

  @Override
  public String toString() {
    return status + " " + contentType + " " + body;
  }
}
