package org.herald.it.support;

import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Portal users for the tests, added the way an admin adds them: on the Users screen, in the admin's
 * browser. Names are unique per call, so test classes never share a user.
 */
public final class PortalUsers {

  public static final String PASSWORD = "a-long-test-password";

  private PortalUsers() {}

  /** Adds a user with this one role (ADMIN, OPERATOR, VIEWER) and answers the user's name. */
  public static String add(Browser admin, String role) {
    String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    admin.go("/herald/users.xhtml");
    admin.driver().findElement(By.id("usersForm:newUsername")).sendKeys(username);
    admin.driver().findElement(By.id("usersForm:newPassword")).sendKeys(PASSWORD);
    for (WebElement box :
        admin.driver().findElements(By.cssSelector("[id='usersForm:newRoles'] input"))) {
      boolean wanted = box.getAttribute("value").equals(role);
      if (box.isSelected() != wanted) {
        clickBox(admin, box);
      }
    }
    admin.driver().findElement(By.id("usersForm:addUser")).click();
    admin.await(d -> !d.findElements(By.linkText(username)).isEmpty());
    return username;
  }

  /**
   * PrimeFaces hides the real checkbox: its visible box, the input's next sibling, takes clicks.
   */
  private static void clickBox(Browser browser, WebElement input) {
    input
        .findElement(By.xpath("ancestor::div[contains(@class,'ui-chkbox')][1]"))
        .findElement(By.cssSelector(".ui-chkbox-box"))
        .click();
  }

  /** A new browser in which a new user with this role has logged in. */
  public static Browser loggedIn(Browser admin, String role) {
    return Browser.as(add(admin, role), PASSWORD);
  }
}
