package org.herald.bench;

import static org.herald.demo.SeedTemplates.PAYMENT_RECEIPT;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntitySnapshot;
import org.herald.tag.LanguageFormat;
import org.herald.tag.Literal;
import org.herald.tag.RenderContext;
import org.herald.tag.Segment;
import org.herald.tag.Tag;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TemplateText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The seed's Payment Receipt, rendered per operation by Herald's tag engine and by Mustache.java,
 * each template compiled once in setup.
 *
 * <p>Fairness: Herald does its whole production work per operation — builds the communication's
 * render context, follows payment → accounts_receivable through the entity lookup and formats three
 * amounts for English. Mustache gets the easier job: a scope of nested maps built once with the
 * same values already formatted as strings, so it only walks maps and copies text. Both write into
 * an unsynchronised buffer and return the String; neither escapes (plain mode, and Mustache's
 * triple braces).
 */
@State(Scope.Benchmark)
public class PaymentReceiptBenchmark {

  private TemplateText herald;
  private LanguageFormat english;
  private EntityLookup lookup;
  private EntitySnapshot payment;

  private Mustache mustache;
  private Map<String, Object> mustacheScope;

  @Setup
  public void setUp() {
    EntityModel model = EntityModel.crm();
    EntitySnapshot account =
        EntitySnapshot.of(
            model.type("accounts_receivable").orElseThrow(),
            "AR000123",
            Map.of("name", "Maria Georgiou", "balance", "1234.56", "outstanding_amount", "350"));
    payment =
        EntitySnapshot.of(
            model.type("payment").orElseThrow(),
            "PM000042",
            Map.of("amount", "50.00", "accounts_receivable", "AR000123"));
    lookup = EntityLookup.of(List.of(account, payment));
    english = LanguageFormat.of("en");
    herald = TemplateText.parse(PAYMENT_RECEIPT, TagCatalogue.of(model));

    mustache =
        new DefaultMustacheFactory()
            .compile(new StringReader(asMustache(herald)), "payment-receipt");
    mustacheScope =
        Map.of(
            "payment",
            Map.of(
                "number", "PM000042",
                "amount", "50.00",
                "accounts_receivable",
                    Map.of(
                        "name", "Maria Georgiou",
                        "balance", "1,234.56",
                        "outstanding_amount", "350.00")));

    if (!herald().equals(mustache())) {
      throw new IllegalStateException(
          "the engines disagree:\n" + herald() + "\n---\n" + mustache());
    }
  }

  @Benchmark
  public String herald() {
    RenderContext context =
        RenderContext.builder(english).lookup(lookup).referringTo(payment).build();
    StringBuilder out = new StringBuilder(512);
    herald.renderTo(out, context);
    return out.toString();
  }

  @Benchmark
  public String mustache() {
    StringBuilderWriter out = new StringBuilderWriter(512);
    mustache.execute(out, mustacheScope);
    return out.toString();
  }

  /** The same template in Mustache syntax: the same literal text, each tag a triple-brace name. */
  static String asMustache(TemplateText text) {
    StringBuilder template = new StringBuilder();
    for (Segment segment : text.segments()) {
      if (segment instanceof Literal literal) {
        template.append(literal.text());
      } else {
        template.append("{{{").append(((Tag) segment).path()).append("}}}");
      }
    }
    return template.toString();
  }

  /** A Writer without StringWriter's synchronised StringBuffer, so Mustache pays no lock. */
  static final class StringBuilderWriter extends Writer {

    private final StringBuilder buffer;

    StringBuilderWriter(int capacity) {
      buffer = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      buffer.append(chars, offset, length);
    }

    @Override
    public void write(String text) {
      buffer.append(text);
    }

    @Override
    public void write(String text, int offset, int length) {
      buffer.append(text, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return buffer.toString();
    }
  }
}
