package org.herald.analytics;

/** How often a tracked link was followed in a period, and from how many messages. */
public record LinkClicks(String url, long clicks, long messages) {

  public String getUrl() {
    return url;
  }

  public long getClicks() {
    return clicks;
  }

  public long getMessages() {
    return messages;
  }
}
