package org.herald.api;

/** How a communication reaches, or came from, the contact. */
public enum Medium {
  EMAIL,
  SMS,
  PUSH,
  PHONE,
  LETTER,
  FACE_TO_FACE
}
