package org.herald.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Replaces the ordered lists of an entity (element collections with an order column, keyed by owner
 * and position) without breaking that key: they are emptied and the deletes written before the new
 * elements are added. Changed in place, EclipseLink moves a kept element to its new position with
 * one UPDATE, which fails while another element still holds that position (a reordered list); a new
 * list object has its rows inserted before the old ones are deleted.
 */
@ApplicationScoped
public class OrderedLists {

  @PersistenceContext private EntityManager em;

  /** Runs {@code empty}, writes the emptied lists, then runs {@code fill}. */
  public void replace(Runnable empty, Runnable fill) {
    empty.run();
    em.flush();
    fill.run();
  }
}
