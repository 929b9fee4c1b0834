package org.herald.api.contact;

/** The kind of a phone number; only mobiles receive SMS. */
public enum PhoneType {
  MOBILE,
  HOME,
  WORK,
  OTHER
}
