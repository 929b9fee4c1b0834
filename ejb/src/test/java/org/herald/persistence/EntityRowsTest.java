package org.herald.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What the reader cannot map it refuses when it is made, not half-way through a row. */
class EntityRowsTest {

  @Entity
  static class WithRelation {
    @Id Long id;
    @ManyToOne WithRelation parent;
  }

  @Entity
  static class WithAmount {
    @Id Long id;

    @Column(name = "amount")
    BigDecimal amount;
  }

  static class NotAnEntity {
    @Id Long id;
  }

  @Embeddable
  static class AnItem {
    @Column(name = "address")
    String address;
  }

  @Test
  void aRelationIsRefused() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> EntityRows.of(WithRelation.class));
    assertTrue(refused.getMessage().contains("WithRelation.parent"), refused.getMessage());
  }

  @Test
  void aTypeItDoesNotReadIsRefused() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> EntityRows.of(WithAmount.class));
    assertTrue(refused.getMessage().contains("WithAmount.amount"), refused.getMessage());
  }

  @Test
  void anElementCollectionsItemIsRead() {
    assertDoesNotThrow(() -> EntityRows.of(AnItem.class));
  }

  @Test
  void aClassThatIsNoEntityIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> EntityRows.of(NotAnEntity.class));
  }
}
