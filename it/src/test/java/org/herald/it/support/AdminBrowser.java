package org.herald.it.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser in which the test domain's first admin is logged in, opened once for a test class and
 * closed after it: register it with {@code @RegisterExtension static final AdminBrowser …}.
 */
public final class AdminBrowser implements BeforeAllCallback, AfterAllCallback {

  private Browser browser;

  @Override
  public void beforeAll(ExtensionContext context) {
    browser = Browser.asAdmin();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    browser.close();
  }

  public Browser get() {
    return browser;
  }
}
