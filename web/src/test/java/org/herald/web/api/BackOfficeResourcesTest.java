package org.herald.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class BackOfficeResourcesTest {

  static class Contacts {
    public void list() {}
  }

  @ExternalSystemAccess
  static class Queue {
    public void pull() {}
  }

  @PublicAccess
  static class Links {
    public void follow() {}
  }

  static class Mixed {
    public void listed() {}

    @ExternalSystemAccess
    public void pulled() {}
  }

  @Test
  void theBackOfficeKeyGuardsEveryResourceButExternalSystemsAndRecipients() throws Exception {
    assertTrue(BackOfficeResources.isBackOffice(Contacts.class, method(Contacts.class, "list")));
    assertFalse(BackOfficeResources.isBackOffice(Queue.class, method(Queue.class, "pull")));
    assertFalse(BackOfficeResources.isBackOffice(Links.class, method(Links.class, "follow")));
  }

  @Test
  void aMethodOfAnExternalSystemIsLeftToItsKeyInAnyResource() throws Exception {
    assertTrue(BackOfficeResources.isBackOffice(Mixed.class, method(Mixed.class, "listed")));
    assertFalse(BackOfficeResources.isBackOffice(Mixed.class, method(Mixed.class, "pulled")));
  }

  @Test
  void aMethodWithoutAResourceClassStillNeedsTheKey() {
    assertTrue(BackOfficeResources.isBackOffice(null, null));
  }

  private static Method method(Class<?> type, String name) throws NoSuchMethodException {
    return type.getMethod(name);
  }
}
