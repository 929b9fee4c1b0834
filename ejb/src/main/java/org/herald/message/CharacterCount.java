package org.herald.message;

import org.herald.api.Medium;
import org.jsoup.Jsoup;

/**
 * How long a communication's content is for its medium's limit: an email counts the text its reader
 * sees, not the markup; everything else counts characters (code points, so an emoji is one). An
 * SMS's part count is the channel's business, recorded when it is sent.
 */
public final class CharacterCount {

  private CharacterCount() {}

  public static int of(Medium medium, String content) {
    String counted = medium == Medium.EMAIL ? Jsoup.parse(content).text() : content;
    return counted.codePointCount(0, counted.length());
  }
}
