package org.herald.web.api.input;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Reads every JSON request body of the API strictly: one bounded document ({@link StrictJson})
 * whose values fit the target type ({@link JsonShape}); only then does JSON-B, lenient on its own,
 * bind it. An interceptor rather than a reader of our own, because it then runs whichever JSON
 * reader Jersey picks (a reader of ours tied with Jersey's JSON-B one and lost on some
 * deployments). Nothing malformed reaches a resource, so nothing is half-stored.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonBodies implements ReaderInterceptor {

  /** The largest body read: a full batch of large communications fits, a flood does not. */
  public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private static final Set<String> UTF_8 = Set.of("utf-8", "utf8", "\"utf-8\"");

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (isJson(context.getMediaType()) && declaresOtherCharset(context.getMediaType())) {
      throw new NotSupportedException(
          "A JSON body is UTF-8: charset="
              + Excerpt.of(context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER))
              + " is not read");
    }
    if (isJson(context.getMediaType()) && isBound(context.getType())) {
      String document = canonical(context.getInputStream(), context.getGenericType());
      context.setInputStream(
          new ByteArrayInputStream(
              document == null ? new byte[0] : document.getBytes(StandardCharsets.UTF_8)));
    }
    return context.proceed();
  }

  /**
   * The body as checked JSON text for {@code type}, or null when it is empty (resources answer an
   * absent body themselves: RequestBody.require); refuses anything malformed.
   */
  static String canonical(InputStream body, Type type) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw MalformedBodyException.document("The body is larger than " + MAX_BODY_BYTES + " bytes");
    }
    if (isBlank(bytes)) {
      return null;
    }
    JsonValue document = StrictJson.parse(bytes);
    JsonShape.check(document, type);
    return document.toString();
  }

  /**
   * Whether a JSON body is declared in a charset other than UTF-8: JSON is UTF-8 (RFC 8259, which
   * gives {@code application/json} no charset parameter), so such a body is refused (415) rather
   * than read as if it were UTF-8.
   */
  static boolean declaresOtherCharset(MediaType type) {
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    return charset != null && !UTF_8.contains(charset.trim().toLowerCase(Locale.ROOT));
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && ("json".equalsIgnoreCase(type.getSubtype())
            || type.getSubtype().toLowerCase().endsWith("+json"));
  }

  /** Raw bodies and JSON-P trees keep what their own readers do. */
  private static boolean isBound(Class<?> type) {
    return type != String.class
        && type != byte[].class
        && !InputStream.class.isAssignableFrom(type)
        && !JsonValue.class.isAssignableFrom(type);
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
