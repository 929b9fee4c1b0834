package org.herald.tag;

/**
 * How values are written into a rendered text: as they are for SMS and plain-text email, or
 * HTML-escaped for HTML email so that data (a contact named {@code <script>}) can never become
 * markup. The template's own text is never escaped.
 */
public enum Escaping {
  PLAIN {
    @Override
    public void append(StringBuilder out, String value) {
      out.append(value);
    }
  },
  HTML {
    @Override
    public void append(StringBuilder out, String value) {
      int copied = 0;
      for (int i = 0; i < value.length(); i++) {
        String entity =
            switch (value.charAt(i)) {
              case '&' -> "&amp;";
              case '<' -> "&lt;";
              case '>' -> "&gt;";
              case '"' -> "&quot;";
              case '\'' -> "&#39;";
              default -> null;
            };
        if (entity != null) {
          out.append(value, copied, i).append(entity);
          copied = i + 1;
        }
      }
      out.append(value, copied, value.length());
    }
  };

  /** Appends {@code value} as text, safe in element content and in quoted attribute values. */
  public abstract void append(StringBuilder out, String value);
}
