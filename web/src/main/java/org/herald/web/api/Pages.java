package org.herald.web.api;

import java.util.function.Function;
import org.herald.api.Page;
import org.herald.paging.ResultPage;

/** Maps a domain result page to the REST list shape. */
public final class Pages {

  private Pages() {}

  public static <T, R> Page<R> of(ResultPage<T> result, Function<T, R> mapper) {
    return new Page<>(
        result.map(mapper), result.request().page(), result.request().size(), result.totalItems());
  }
}
