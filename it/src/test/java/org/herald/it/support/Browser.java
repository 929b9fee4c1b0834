package org.herald.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, as an admin's browser; never downloads anything. */
public final class Browser implements AutoCloseable {

  /** The portal's first admin, which the test domain configures. */
  public static final String ADMIN = System.getProperty("herald.it.admin.username", "it-admin");

  public static final String ADMIN_PASSWORD =
      System.getProperty("herald.it.admin.password", "it-admin-password");

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  public static Browser open() {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("herald.it.chromium", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1400,1000",
          "--user-data-dir=" + Files.createTempDirectory("herald-chromium"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(System.getProperty("herald.it.chromedriver", "/usr/bin/chromedriver")))
              .usingAnyFreePort()
              .build();
      return new Browser(new ChromeDriver(service, options));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A browser in which the test domain's first admin has logged in. */
  public static Browser asAdmin() {
    return as(ADMIN, ADMIN_PASSWORD);
  }

  /** A browser in which this user has logged in. */
  public static Browser as(String username, String password) {
    Browser browser = open();
    browser.logIn(username, password);
    return browser;
  }

  /** Logs in on the login page and waits until the portal shows the user as logged in. */
  public void logIn(String username, String password) {
    submitLogin(username, password);
    await(d -> !d.findElements(By.id("sessionForm:logout")).isEmpty());
  }

  /** Fills in and submits the login form, whatever comes of it. */
  public void submitLogin(String username, String password) {
    if (!driver.getCurrentUrl().contains("/login.xhtml")) {
      go("/herald/login.xhtml");
    }
    WebElement name = driver.findElement(By.id("loginForm:username"));
    name.clear();
    name.sendKeys(username);
    WebElement secret = driver.findElement(By.id("loginForm:password"));
    secret.clear();
    secret.sendKeys(password);
    driver.executeScript("window.heraldOldPage = true");
    driver.findElement(By.id("loginForm:login")).click();
    awaitNewPage();
  }

  /**
   * Waits until the page marked before a full-page submit has been replaced. A mark in the old
   * page's window, not a stale element: Chromium answers a query on a node of a page being torn
   * down with an "unknown error" (Node with given id does not belong to the document), not a stale
   * element reference, so staleness checks fail at random under load.
   */
  private void awaitNewPage() {
    await(
        d -> {
          try {
            return Boolean.TRUE.equals(
                driver.executeScript(
                    "return document.readyState === 'complete' && !window.heraldOldPage"));
          } catch (WebDriverException e) {
            return false; // the old page is going away: ask again
          }
        });
  }

  /** The visible text of the element with this id, trimmed. */
  public String text(String id) {
    return driver.findElement(By.id(id)).getText().trim();
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String pathFromRoot) {
    driver.get(HeraldClient.ROOT + pathFromRoot);
  }

  /**
   * Waits for an AJAX update to bring the page to the expected state. A driver error while asking
   * (a stale element, or Chromium's "node does not belong to the document" while a page is being
   * replaced) means "not yet"; the last one is the timeout's cause. On a timeout the page's
   * screenshot and HTML are kept in target/portal-failures/ for diagnosis.
   */
  public <T> T await(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(15))
          .ignoring(WebDriverException.class)
          .until(condition);
    } catch (TimeoutException e) {
      keepEvidence();
      throw e;
    }
  }

  /**
   * Keeps a picture of the whole page, not only the window, as target/screenshots/{@code name}.png,
   * and as the README's docs/screenshots/{@code name}.png when the build runs in the repository.
   */
  public void screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    try {
      driver.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 100));
      driver.executeScript("window.scrollTo(0, 0)");
      Path folder = Files.createDirectories(Path.of("target", "screenshots"));
      byte[] picture = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), picture);
      Path docs = Path.of("..", "docs", "screenshots");
      if (Files.isDirectory(docs)) {
        Files.write(docs.resolve(name + ".png"), picture);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  /**
   * Picks an option of a PrimeFaces select menu the way a user does: open it, click the item. A
   * click during the panel's opening animation can be lost, so it is repeated until the menu shows
   * the choice.
   *
   * @param menu the menu's client id
   */
  public void choose(String menu, String label) {
    By item = By.cssSelector("[id='" + menu + "_panel'] li[data-label='" + label + "']");
    await(
        d -> {
          if (d.findElement(By.id(menu + "_label")).getText().equals(label)) {
            return true;
          }
          List<WebElement> option = d.findElements(item);
          if (!option.isEmpty() && option.get(0).isDisplayed()) {
            option.get(0).click();
          } else {
            d.findElement(By.id(menu)).click();
          }
          return false;
        });
  }

  private void keepEvidence() {
    try {
      Path folder = Files.createDirectories(Path.of("target", "portal-failures"));
      String name = "page-" + System.currentTimeMillis();
      Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      // Evidence is a courtesy: never hide the original failure.
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
