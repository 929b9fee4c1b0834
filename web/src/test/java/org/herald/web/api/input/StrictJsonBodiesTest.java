package org.herald.web.api.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.api.contact.ContactDto;
import org.herald.api.entity.EntityDto;
import org.herald.api.problem.FieldError;
import org.herald.api.settings.GeneralSettingsDto;
import org.herald.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class StrictJsonBodiesTest {

  private static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();

  @Test
  void readsAWellFormedBody() throws IOException {
    ContactDto contact =
        read(ContactDto.class, "{\"name\": \"Maria\", \"optInDirectMarketing\": true}");
    assertEquals("Maria", contact.name());
    assertEquals(Boolean.TRUE, contact.optInDirectMarketing());
    assertNull(read(ContactDto.class, "  \n"));
  }

  @Test
  void refusesAnythingButOneDocument() {
    for (String body :
        List.of("{\"name\": \"A\"} x", "{\"name\": \"A\"}{}", "{\"name\": ", "[1] [2]", "nul")) {
      MalformedBodyException e = malformed(ContactDto.class, body);
      assertTrue(e.errors().isEmpty(), body);
    }
    assertEquals(List.of("$"), fields(malformed(ContactDto.class, "3")));
    assertEquals(
        List.of("name"), fields(malformed(ContactDto.class, "{\"name\":\"a\",\"name\":\"b\"}")));
  }

  @Test
  void refusesWrongJsonTypesNamingTheField() {
    assertEquals(
        List.of("optInDirectMarketing"),
        fields(malformed(ContactDto.class, "{\"name\":\"A\",\"optInDirectMarketing\":\"yes\"}")));
    assertEquals(
        List.of("optInDirectMarketing"),
        fields(malformed(ContactDto.class, "{\"name\":\"A\",\"optInDirectMarketing\":2}")));
    assertEquals(List.of("name"), fields(malformed(ContactDto.class, "{\"name\": 12}")));
    assertEquals(
        List.of("emails"), fields(malformed(ContactDto.class, "{\"name\":\"A\",\"emails\":{}}")));
    assertEquals(
        List.of("smsServer.port"),
        fields(malformed(GeneralSettingsDto.class, "{\"smsServer\": {\"port\": 1.5}}")));
    assertEquals(
        List.of("createdAt"),
        fields(invalid(ContactDto.class, "{\"name\":\"A\",\"createdAt\":\"yesterday\"}")));
  }

  @Test
  void refusesUnknownPropertiesEverywhere() {
    assertEquals(
        List.of("emails[0].kind"),
        fields(
            malformed(
                ContactDto.class,
                "{\"name\":\"A\",\"emails\":[{\"type\":\"WORK\",\"address\":\"a@b.c\",\"kind\":1}]}")));
  }

  @Test
  void refusesNullItemsAndNullMapValues() {
    assertEquals(
        List.of("emails[0]"),
        fields(invalid(ContactDto.class, "{\"name\":\"A\",\"emails\":[null]}")));
    assertEquals(
        List.of("characterLimits.SMS"),
        fields(invalid(GeneralSettingsDto.class, "{\"characterLimits\": {\"SMS\": null}}")));
  }

  @Test
  void refusesControlCharactersExceptLineBreaksInMultilineText() throws IOException {
    assertEquals(List.of("name"), fields(invalid(ContactDto.class, "{\"name\":\"A\\u0000B\"}")));
    assertEquals(List.of("name"), fields(invalid(ContactDto.class, "{\"name\":\"A\\nB\"}")));
    assertEquals(List.of("name"), fields(invalid(ContactDto.class, "{\"name\":\"A\\uD800\"}")));
    assertEquals(
        "a\nb",
        read(org.herald.api.category.CategoryDto.class, "{\"description\":\"a\\nb\"}")
            .description());
  }

  @Test
  void boundsStringsAsTheSchemaSays() {
    String name = "n".repeat(201);
    InvalidInputException e = invalid(ContactDto.class, "{\"name\":\"" + name + "\"}");
    assertEquals("OUT_OF_RANGE", e.errors().get(0).code());
  }

  @Test
  void boundsNumbers() {
    assertEquals(
        List.of("values.amount"),
        fields(invalid(EntityDto.class, "{\"values\": {\"amount\": 1e999999999}}")));
    assertEquals(
        List.of("values.amount"),
        fields(invalid(EntityDto.class, "{\"values\": {\"amount\": 1e-999999999}}")));
  }

  @Test
  void boundsTheLengthOfNumbersBeforeTheParserFails() {
    // The longest number is read, then held to the field's own bound (422); one more digit and the
    // reader refuses it (400) before Parsson would throw.
    String longest = "1" + "0".repeat(StrictJson.MAX_NUMBER_LENGTH - 1);
    assertEquals(
        List.of("values.amount"),
        fields(invalid(EntityDto.class, "{\"values\": {\"amount\": " + longest + "}}")));
    MalformedBodyException refused =
        malformed(EntityDto.class, "{\"values\": {\"amount\": " + longest + "0}}");
    assertEquals("values.amount", refused.errors().get(0).field());
    assertEquals("OUT_OF_RANGE", refused.errors().get(0).code());
    assertEquals("$", malformed(EntityDto.class, "-" + longest).errors().get(0).field());
  }

  @Test
  void boundsTimesToFourDigitYears() throws IOException {
    assertEquals(
        List.of("createdAt"),
        fields(
            invalid(
                ContactDto.class, "{\"name\":\"A\",\"createdAt\":\"+999999-01-01T00:00:00Z\"}")));
    assertEquals(
        List.of("createdAt"),
        fields(
            invalid(
                ContactDto.class, "{\"name\":\"A\",\"createdAt\":\"-000001-01-01T00:00:00Z\"}")));
    read(ContactDto.class, "{\"name\":\"A\",\"createdAt\":\"9999-12-31T23:59:59Z\"}");
  }

  @Test
  void readsJsonAsUtf8Only() {
    for (String charset : List.of("UTF-8", "utf8", "utf-8")) {
      assertFalse(
          StrictJsonBodies.declaresOtherCharset(
              new jakarta.ws.rs.core.MediaType("application", "json", charset)),
          charset);
    }
    assertFalse(
        StrictJsonBodies.declaresOtherCharset(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE));
    for (String charset : List.of("ISO-8859-1", "UTF-16", "bogus")) {
      assertTrue(
          StrictJsonBodies.declaresOtherCharset(
              new jakarta.ws.rs.core.MediaType("application", "json", charset)),
          charset);
    }
  }

  @Test
  void boundsNesting() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    assertEquals(
        "TOO_DEEP",
        malformed(EntityDto.class, "{\"values\": {\"a\": " + deep + "}}").errors().get(0).code());
  }

  /** The schema's maxLength is the only bound a body string gets: none may go without one. */
  @Test
  void everyStringOfEveryRequestBodyDeclaresItsMaxLength() {
    List<String> unbounded = new ArrayList<>();
    for (Class<?> resource : resources()) {
      for (Method method : resource.getDeclaredMethods()) {
        for (Parameter parameter : method.getParameters()) {
          if (isBody(method, parameter)) {
            unbounded(
                parameter.getParameterizedType(), resource.getSimpleName(), unbounded, Set.of());
          }
        }
      }
    }
    assertEquals(List.of(), unbounded);
  }

  private static void unbounded(Type type, String at, List<String> found, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        unbounded(argument, at, found, seen);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && !seen.contains(c)) {
      Set<Class<?>> now = new java.util.HashSet<>(seen);
      now.add(c);
      for (RecordComponent component : c.getRecordComponents()) {
        String here = at + " " + c.getSimpleName() + "." + component.getName();
        if (component.getType() == String.class
            && JsonShape.TextBound.of(component).maxLength() == Integer.MAX_VALUE) {
          found.add(here);
        }
        unbounded(component.getGenericType(), here, found, now);
      }
    }
  }

  private static boolean isBody(Method method, Parameter parameter) {
    boolean resourceMethod =
        method.isAnnotationPresent(jakarta.ws.rs.POST.class)
            || method.isAnnotationPresent(jakarta.ws.rs.PUT.class)
            || method.isAnnotationPresent(jakarta.ws.rs.PATCH.class);
    return resourceMethod
        && !parameter.isAnnotationPresent(PathParam.class)
        && !parameter.isAnnotationPresent(QueryParam.class)
        && !parameter.isAnnotationPresent(HeaderParam.class)
        && !parameter.isAnnotationPresent(CookieParam.class)
        && !parameter.isAnnotationPresent(MatrixParam.class)
        && !parameter.isAnnotationPresent(FormParam.class)
        && !parameter.isAnnotationPresent(Context.class)
        && parameter.getType() != String.class;
  }

  private static List<Class<?>> resources() {
    List<Class<?>> resources = new ArrayList<>();
    new ClassFileImporter()
        .importPackages("org.herald.web.api")
        .forEach(
            c -> {
              if (c.isAnnotatedWith(Path.class)) {
                resources.add(c.reflect());
              }
            });
    assertTrue(resources.size() > 10, "found the resources: " + resources);
    return resources;
  }

  private static List<String> fields(RuntimeException e) {
    List<FieldError> errors =
        e instanceof MalformedBodyException m ? m.errors() : ((InvalidInputException) e).errors();
    return errors.stream().map(FieldError::field).toList();
  }

  private <T> MalformedBodyException malformed(Class<T> type, String body) {
    return assertThrows(MalformedBodyException.class, () -> read(type, body), body);
  }

  private <T> InvalidInputException invalid(Class<T> type, String body) {
    return assertThrows(InvalidInputException.class, () -> read(type, body), body);
  }

  /** As a request: checked by the interceptor, then bound by JSON-B as Jersey's reader does. */
  private <T> T read(Class<T> type, String body) throws IOException {
    String checked =
        StrictJsonBodies.canonical(
            new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), type);
    return checked == null ? null : JSONB.fromJson(checked, type);
  }
}
