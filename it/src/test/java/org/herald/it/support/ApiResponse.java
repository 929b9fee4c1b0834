package org.herald.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** An HTTP answer with helpers to read its JSON body. */
public record ApiResponse(int status, String contentType, String body, HttpResponse<String> raw) {

  public JsonObject json() {
    return Json.createReader(new StringReader(body)).readObject();
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

  @Override
  public String toString() {
    return status + " " + contentType + " " + body;
  }
}
