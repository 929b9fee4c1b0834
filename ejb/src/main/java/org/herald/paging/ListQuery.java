package org.herald.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A filtered, sorted and paged list of one entity, built with the Criteria API: the filter's
 * conditions are built afresh for the page's query and for the count's, so both always agree. The
 * page is sorted by one whitelisted field, then by {@code id} so that equal values never make rows
 * appear on two pages or none.
 */
public final class ListQuery<T> {

  /** What a filter puts on a list's root; it adds nothing for a criterion not given. */
  @FunctionalInterface
  public interface Filter<T> {
    void apply(Conditions<T> conditions);
  }

  /** The conditions on one query's root, joined with AND. */
  public static final class Conditions<T> {

    private final CriteriaBuilder builder;
    private final AbstractQuery<?> query;
    private final Root<T> root;
    private final List<Predicate> predicates = new ArrayList<>();

    private Conditions(CriteriaBuilder builder, AbstractQuery<?> query, Root<T> root) {
      this.builder = builder;
      this.query = query;
      this.root = root;
    }

    /** The query the conditions are for: a subquery's parent. */
    public AbstractQuery<?> query() {
      return query;
    }

    /**
     * The text at {@code path} contains {@code part}, in any case; LIKE's wildcards in the part
     * match only themselves.
     */
    public Predicate containsIgnoringCase(String path, String part) {
      return builder.like(builder.lower(path(path)), containing(part), LIKE_ESCAPE);
    }

    public CriteriaBuilder builder() {
      return builder;
    }

    public Root<T> root() {
      return root;
    }

    /** The attribute at {@code path}; a dotted path follows references ({@code contact.number}). */
    public <Y> Path<Y> path(String path) {
      return ListQuery.path(root, path);
    }

    /** The attribute at {@code path} equals {@code value}; a null value does not narrow. */
    public Conditions<T> equal(String path, Object value) {
      if (value != null) {
        predicates.add(builder.equal(path(path), value));
      }
      return this;
    }

    /** Adds a condition; a null one (a criterion not given) does not narrow. */
    public Conditions<T> add(Predicate predicate) {
      if (predicate != null) {
        predicates.add(predicate);
      }
      return this;
    }

    private Predicate[] all() {
      return predicates.toArray(Predicate[]::new);
    }
  }

  /** The escape character of {@link #containing} patterns. */
  public static final char LIKE_ESCAPE = '\\';

  /**
   * A LIKE pattern, for a lower-cased column, matching text that contains {@code part} in any case;
   * LIKE's wildcards in the part match only themselves.
   */
  public static String containing(String part) {
    String escaped =
        part.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  private final EntityManager em;
  private final Class<T> type;
  private final Map<String, String> sortable;
  private final Filter<T> filter;
  private Consumer<Root<T>> fetches = root -> {};

  /**
   * @param sortable the fields a client may sort by: API name → attribute path
   * @param filter the conditions of the list
   */
  public ListQuery(
      EntityManager em, Class<T> type, Map<String, String> sortable, Filter<T> filter) {
    this.em = em;
    this.type = type;
    this.sortable = sortable;
    this.filter = filter;
  }

  /** Fetches what every listed item shows along with the page, not one query per row. */
  public ListQuery<T> fetching(Consumer<Root<T>> fetches) {
    this.fetches = fetches;
    return this;
  }

  public ResultPage<T> page(PageRequest page) {
    String sortPath = sortable.get(page.sortField());
    if (sortPath == null) {
      // PageRequest.of refuses these; a caller building its own request must keep to the list.
      throw new IllegalArgumentException("cannot sort by " + page.sortField());
    }
    CriteriaBuilder builder = em.getCriteriaBuilder();
    CriteriaQuery<T> query = builder.createQuery(type);
    Root<T> root = query.from(type);
    fetches.accept(root);
    Conditions<T> conditions = conditions(builder, query, root);
    Path<?> sorted = path(root, sortPath);
    query
        .select(root)
        .where(conditions.all())
        .orderBy(
            page.ascending() ? builder.asc(sorted) : builder.desc(sorted),
            builder.asc(root.get("id")));
    List<T> items =
        em.createQuery(query)
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList();
    return new ResultPage<>(items, page, count());
  }

  public long count() {
    CriteriaBuilder builder = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = builder.createQuery(Long.class);
    Root<T> root = query.from(type);
    query.select(builder.count(root)).where(conditions(builder, query, root).all());
    return em.createQuery(query).getSingleResult();
  }

  private Conditions<T> conditions(CriteriaBuilder builder, AbstractQuery<?> query, Root<T> root) {
    Conditions<T> conditions = new Conditions<>(builder, query, root);
    filter.apply(conditions);
    return conditions;
  }

  private static <Y> Path<Y> path(Root<?> root, String path) {
    Path<?> at = root;
    for (String attribute : path.split("\\.")) {
      at = at.get(attribute);
    }
    @SuppressWarnings("unchecked")
    Path<Y> typed = (Path<Y>) at;
    return typed;
  }
}
