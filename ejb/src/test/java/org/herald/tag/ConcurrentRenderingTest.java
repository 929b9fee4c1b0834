package org.herald.tag;

import static org.herald.tag.CompanyZx.BILL;
import static org.herald.tag.CompanyZx.PAYMENT;
import static org.herald.tag.CompanyZx.context;
import static org.herald.tag.CompanyZx.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herald.demo.SeedTemplates;
import org.junit.jupiter.api.Test;

/**
 * A bulk run renders one cached template on many threads at once: the parsed text and the language
 * formats are shared, so each thread must still get exactly its own communication.
 */
class ConcurrentRenderingTest {

  private static final TemplateText RECEIPT = parse(SeedTemplates.PAYMENT_RECEIPT);
  private static final TemplateText BILL_TEXT = parse(SeedTemplates.BILL_INFORMATION);
  private static final String[] LANGUAGES = {"en", "el"};

  @Test
  void manyThreadsRenderingTheSameTextsInTwoLanguagesEachGetTheirOwnResult() throws Exception {
    String[] expected = new String[4];
    for (int variant = 0; variant < 4; variant++) {
      expected[variant] = render(variant);
    }
    int threads = 8;
    int rendersPerThread = 5_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> mismatches = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        mismatches.add(
            pool.submit(
                () -> {
                  start.await();
                  int wrong = 0;
                  for (int i = 0; i < rendersPerThread; i++) {
                    int variant = (i + offset) % 4;
                    if (!expected[variant].equals(render(variant))) {
                      wrong++;
                    }
                  }
                  return wrong;
                }));
      }
      start.countDown();
      int wrong = 0;
      for (Future<Integer> result : mismatches) {
        wrong += result.get();
      }
      assertEquals(0, wrong);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Receipt or bill, in English or Greek. */
  private static String render(int variant) {
    String language = LANGUAGES[variant % 2];
    return variant < 2
        ? RECEIPT.render(context(language, PAYMENT).build())
        : BILL_TEXT.render(context(language, BILL).build());
  }
}
