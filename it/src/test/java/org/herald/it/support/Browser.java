package org.herald.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
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

  /**
   * Opens a page from the header's menu: points at the group (a menubar opens it on hover, which,
   * unlike a click, never closes it again) until the entry shows, then clicks the entry.
   */
  public void openFromMenu(String group, String entry) {
    By groupLabel =
        By.xpath(
            "//*[@id='menu']/ul/li[contains(@class,'ui-menu-parent')]/a[normalize-space(.)='"
                + group
                + "']");
    By entryLink =
        By.xpath(
            "//*[@id='menu']//ul[contains(@class,'ui-menu-child')]//a[normalize-space(.)='"
                + entry
                + "']");
    String before = driver.getCurrentUrl();
    await(
        d -> {
          List<WebElement> link = d.findElements(entryLink);
          if (!link.isEmpty() && link.get(0).isDisplayed()) {
            link.get(0).click();
            return true;
          }
          new Actions(d).moveToElement(d.findElement(groupLabel)).perform();
          return false;
        });
    await(d -> !d.getCurrentUrl().equals(before));
  }

  /**
   * What a browser could send anyway, whatever the page shows: the form as it is on the page, with
   * {@code fields} set, posted as PrimeFaces' AJAX press of {@code button} (which the page may not
   * render for the caller's role).
   *
   * @return the server's answer, or "failed: ..." if the request did not complete
   */
  public String forge(String form, String button, Map<String, String> fields) {
    return (String)
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById(arguments[0]);"
                + "var data = new URLSearchParams(new FormData(form));"
                + "Object.entries(arguments[2]).forEach(([k, v]) => data.set(k, v));"
                + "data.set('jakarta.faces.source', arguments[1]);"
                + "data.set('jakarta.faces.partial.ajax', 'true');"
                + "data.set('jakarta.faces.partial.execute', arguments[0]);"
                + "data.set('jakarta.faces.partial.render', arguments[0]);"
                + "data.set(arguments[1], arguments[1]);"
                // PrimeFaces refuses an AJAX request without the page's CSP nonce.
                + "data.set('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);"
                + "fetch(form.action, {method: 'POST', body: data, headers:"
                + " {'Faces-Request': 'partial/ajax'}})"
                + ".then(r => r.text()).then(done, e => done('failed: ' + e));",
            form,
            button,
            fields);
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

  /** Types into an input, replacing what it held. */
  public void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Sets an input's value as a script would (a date picker's text, without its popup). */
  public void setValue(String input, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1]", driver.findElement(By.id(input)), value);
  }

  /**
   * Ticks an item of a PrimeFaces checkbox menu by its label ({@code code}, or {@code code} and
   * more after a space, as "CODE (EMAIL)"), opening the menu first; then closes it.
   */
  public void tick(String menu, String code) {
    By item =
        By.xpath(
            "//*[@id='"
                + menu
                + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[.//label[normalize-space(.)='"
                + code
                + "' or starts-with(normalize-space(.),'"
                + code
                + " ')]]//div[contains(@class,'ui-chkbox-box')]");
    await(
        d -> {
          if (d.findElement(By.id(menu)).getText().contains(code)) {
            return true;
          }
          List<WebElement> box = d.findElements(item);
          if (!box.isEmpty() && box.get(0).isDisplayed()) {
            box.get(0).click();
          } else {
            d.findElement(By.id(menu)).click();
          }
          return false;
        });
    driver.findElement(By.tagName("h1")).click();
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
