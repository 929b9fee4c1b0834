package org.herald.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.error.InvalidValueException;

/** The ISO 639-1 languages of this installation; contacts and templates use only these. */
@ApplicationScoped
public class Languages {

  @Inject
  @ConfigProperty(name = "herald.languages", defaultValue = "en,el")
  List<String> supported;

  @Inject
  @ConfigProperty(name = "herald.default-language", defaultValue = "en")
  String defaultLanguage;

  /** The languages of an installation as plain values, for code outside a container. */
  public static Languages of(List<String> supported, String defaultLanguage) {
    Languages languages = new Languages();
    languages.supported = List.copyOf(supported);
    languages.defaultLanguage = defaultLanguage;
    return languages;
  }

  public String defaultLanguage() {
    return defaultLanguage;
  }

  public List<String> supported() {
    return supported;
  }

  /** Returns the code if it is one of the supported languages, else refuses it. */
  public String check(String code) {
    if (!supported.contains(code)) {
      throw new InvalidValueException(
          "UNSUPPORTED_LANGUAGE", "'" + code + "' is not one of the languages " + supported);
    }
    return code;
  }
}
