package org.herald.web.api.input;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body of the API strictly: one bounded document ({@link StrictJson})
 * whose values fit the target type ({@link JsonShape}), then binds it with JSON-B, which is lenient
 * on its own. Nothing malformed reaches a resource, so nothing is half-stored.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

  /** The largest body read: a full batch of large communications fits, a flood does not. */
  public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    // Raw bodies and JSON-P trees keep their own readers.
    return type != String.class
        && type != byte[].class
        && !InputStream.class.isAssignableFrom(type)
        && !JsonValue.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    byte[] body = entityStream.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw MalformedBodyException.document("The body is larger than " + MAX_BODY_BYTES + " bytes");
    }
    if (isBlank(body)) {
      return null; // resources answer an absent body themselves (RequestBody.require)
    }
    JsonValue document = StrictJson.parse(body);
    JsonShape.check(document, genericType);
    return JSONB.fromJson(document.toString(), genericType);
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
