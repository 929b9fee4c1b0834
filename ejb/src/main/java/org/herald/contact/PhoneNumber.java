package org.herald.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import org.herald.error.InvalidValueException;

/** A valid phone number in E.164 form ({@code +35799123456}), as SMSCs expect it. */
public record PhoneNumber(String e164) {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  public static PhoneNumber of(String text) {
    String candidate = text == null ? "" : text.trim();
    if (!candidate.matches("\\+[1-9][0-9]{6,14}")) {
      throw invalid(candidate);
    }
    try {
      var parsed = PHONES.parse(candidate, null);
      if (!PHONES.isValidNumber(parsed)) {
        throw invalid(candidate);
      }
      return new PhoneNumber(PHONES.format(parsed, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      throw invalid(candidate);
    }
  }

  private static InvalidValueException invalid(String candidate) {
    return new InvalidValueException(
        "INVALID_PHONE",
        "'" + candidate + "' is not a valid E.164 phone number (e.g. +35799123456)");
  }

  @Override
  public String toString() {
    return e164;
  }
}
