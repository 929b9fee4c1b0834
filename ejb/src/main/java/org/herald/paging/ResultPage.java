package org.herald.paging;

import java.util.List;
import java.util.function.Function;

/** One page of domain results with the total count, before mapping to the REST shape. */
public record ResultPage<T>(List<T> items, PageRequest request, long totalItems) {

  public <R> List<R> map(Function<T, R> mapper) {
    return items.stream().map(mapper).toList();
  }
}
