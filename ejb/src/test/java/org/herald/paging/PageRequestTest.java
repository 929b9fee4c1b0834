package org.herald.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.herald.api.problem.FieldError;
import org.herald.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  private static final Set<String> SORTABLE = Set.of("number", "name");

  @Test
  void defaultsToTheFirstPageOfTwentySortedByTheDefaultField() {
    PageRequest page = PageRequest.of(null, null, null, SORTABLE, "number");
    assertEquals(new PageRequest(0, 20, "number", true), page);
    assertEquals(0, page.firstResult());
  }

  @Test
  void readsPageSizeAndSort() {
    PageRequest page = PageRequest.of("3", "50", "name,desc", SORTABLE, "number");
    assertEquals(150, page.firstResult());
    assertEquals("name", page.sortField());
    assertFalse(page.ascending());
    assertTrue(PageRequest.of(null, null, "name", SORTABLE, "number").ascending());
  }

  @Test
  void everyBadParameterIsNamed() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> PageRequest.of("-1", "201", "secret,sideways", SORTABLE, "number"));
    assertEquals(
        List.of("page", "size", "sort", "sort"),
        e.errors().stream().map(FieldError::field).toList());
    assertThrows(
        InvalidInputException.class, () -> PageRequest.of("one", null, null, SORTABLE, "number"));
    assertThrows(
        InvalidInputException.class, () -> PageRequest.of(null, "0", null, SORTABLE, "number"));
  }

  @Test
  void aPageWhoseFirstItemNoQueryCanReachIsRefused() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> PageRequest.of("99999999", "200", null, SORTABLE, "number"));
    assertEquals(List.of("page"), e.errors().stream().map(FieldError::field).toList());
    assertThrows(
        InvalidInputException.class,
        () -> PageRequest.of(String.valueOf(Integer.MAX_VALUE), null, null, SORTABLE, "number"));
    int last = Integer.MAX_VALUE / 200;
    assertTrue(
        PageRequest.of(String.valueOf(last), "200", null, SORTABLE, "number").firstResult() > 0);
  }

  @Test
  void aSortOfMoreThanFieldAndDirectionIsRefused() {
    assertThrows(
        InvalidInputException.class,
        () -> PageRequest.of(null, null, "name,asc,extra", SORTABLE, "number"));
  }
}
