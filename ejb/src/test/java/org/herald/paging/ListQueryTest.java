package org.herald.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A search typed in a list matches itself: LIKE's wildcards in it are no wildcards. */
class ListQueryTest {

  @Test
  void aPartIsMatchedAnywhereInAnyCase() {
    assertEquals("%maria geo%", ListQuery.containing("Maria GEO"));
  }

  @Test
  void wildcardsAndTheEscapeCharacterMatchOnlyThemselves() {
    assertEquals("%100\\%%", ListQuery.containing("100%"));
    assertEquals("%a\\_b%", ListQuery.containing("a_b"));
    assertEquals("%c:\\\\tmp%", ListQuery.containing("C:\\tmp"));
  }
}
