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
    if (medium != Medium.EMAIL) {
      return content.codePointCount(0, content.length());
    }
    int plain = plainTextLength(content);
    if (plain >= 0) {
      return plain;
    }
    String counted = Jsoup.parse(content).text();
    return counted.codePointCount(0, counted.length());
  }

  /**
   * What the HTML parser's text comes to for text of ordinary characters only (no markup, no
   * character reference, no control character but line breaks and tabs): each run of white space
   * one space, none at either end. A plain-text email was parsed only to learn that (a thirtieth of
   * a create's CPU). Answers -1 for any other text, which the parser counts.
   */
  static int plainTextLength(String content) {
    int count = 0;
    boolean space = false;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        space = count > 0;
      } else if (c < 0x20 || c == '<' || c == '&' || c == 0xA0 || c == 0xAD || c == 0x200B) {
        return -1; // markup, a reference, a control, or what the parser collapses or drops
      } else {
        if (space) {
          count++;
          space = false;
        }
        if (!Character.isLowSurrogate(c)
            || i == 0
            || !Character.isHighSurrogate(content.charAt(i - 1))) {
          count++; // a code point: the low half of a pair was counted with its high half
        }
      }
    }
    return count;
  }
}
