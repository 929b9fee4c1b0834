package org.herald.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource that recipients reach from a message (dynamic links, tracking, unsubscribe): no
 * bearer key, because the signed token in its path is the only credential it accepts.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicAccess {

  /** The OpenAPI tag of such resources' operations: the document lists them without security. */
  String TAG = "Public";
}
