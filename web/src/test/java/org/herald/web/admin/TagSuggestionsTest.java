package org.herald.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The editors' '#' autocomplete offers the catalogue's tags for what is being typed. */
class TagSuggestionsTest {

  private final TagSuggestions editor = new TagSuggestions();

  @Test
  void aSubjectIsCompletedWholeAtTheTagBeingTyped() {
    List<String> suggestions = editor.completeSubject("Payment #payment.am");

    assertEquals(List.of("Payment #payment.amount"), suggestions);
    assertEquals("#payment.amount", editor.lastTag(suggestions.get(0)));
  }

  @Test
  void aSubjectWithoutAHashAtItsEndGetsNoSuggestions() {
    assertEquals(List.of(), editor.completeSubject("Payment received"));
    assertEquals(List.of(), editor.completeSubject("Payment #payment.number received"));
  }

  @Test
  void aBodyWordStartingWithAHashIsCompletedToTags() {
    assertEquals(List.of("#bill.due_date"), editor.completeTag("#bill.d"));
    assertEquals(List.of(), editor.completeTag("bill"));
    assertTrue(editor.completeTag("#payment.").contains("#payment.accounts_receivable.balance"));
  }

  @Test
  void theTagFinderAcceptsAPathWithOrWithoutTheHash() {
    assertEquals(editor.findTags("#wallet."), editor.findTags("wallet."));
    assertEquals(List.of("#wallet.balance", "#wallet.number"), editor.findTags("wallet."));
  }
}
