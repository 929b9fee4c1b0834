package org.herald.condition;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.herald.entity.EntityField;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;
import org.herald.entity.FieldKind;
import org.herald.entity.FieldPath;

/**
 * Compiles conditions to one SQL predicate over a row of the {@code contact} table (segments,
 * automations' audiences) or of the {@code referring_entity} table (a notification run's items), so
 * the database decides for many rows at once without loading them.
 *
 * <p>Why a projection: the CRM's values are stored as one JSON object per record in a VARCHAR
 * (rendering reads whole records). Neither a portable JSON operator nor an index over it exists on
 * both PostgreSQL and H2, so every referring entity is also projected, field by field, into {@code
 * entity_field_value} when it is synced: one row per field with the value in a column of its kind
 * ({@code text_value}, {@code number_value}, {@code date_value}, {@code flag_value}). A condition
 * becomes an {@code EXISTS} over that table, joined along the path's references and along the
 * record's references to the contact ("its owner": a payment's accounts receivable's contact), and
 * on PostgreSQL every step is an index scan on {@code (entity_type, field, <kind>_value)} or on the
 * primary key {@code (entity_type, entity_number, field, position)}. The contact's own fields are
 * the contact table's columns.
 */
public final class ConditionSql {

  /** The table of typed field values (see the class comment). */
  public static final String PROJECTION = "entity_field_value";

  private static final int MAX_OWNER_HOPS = 3;

  private final EntityModel model;
  private final Map<String, List<EntityField>> owners;

  public ConditionSql(EntityModel model) {
    this.model = model;
    this.owners = Collections.unmodifiableMap(ownerChains(model));
  }

  private static final ConditionSql CRM = new ConditionSql(EntityModel.crm());

  public static ConditionSql crm() {
    return CRM;
  }

  /**
   * The entity types whose records belong to a contact through their references (and the contact
   * itself): the roots a condition over contacts may start from.
   */
  public Set<String> contactRoots() {
    return owners.keySet();
  }

  /**
   * The predicate "at least one condition holds" for the contact row aliased {@code contact}
   * (columns {@code id}, {@code number}, …), with relative dates taken from {@code today}; {@code
   * 1=1} for no conditions.
   */
  public SqlPredicate compile(Conditions conditions, String contact, LocalDate today) {
    return join(
        conditions,
        " OR ",
        (condition, parameters, n) -> overContact(condition, contact, today, parameters, n));
  }

  /**
   * The predicate "every condition holds" for the {@code referring_entity} row aliased {@code
   * record} (columns {@code type}, {@code number}) of type {@code type}: a notification run's items
   * (the seed's "conditions that should be fulfilled"). Every path starts at {@code type} and may
   * follow its references (an item's accounts receivable, its contact); {@code 1=1} for none.
   */
  public SqlPredicate compileAll(
      Conditions conditions, String type, String record, LocalDate today) {
    return overRecord(conditions, " AND ", type, record, today);
  }

  /**
   * The predicate "at least one condition holds" for the {@code referring_entity} row aliased
   * {@code record} of type {@code type}: a segment of that type's records. Paths as {@link
   * #compileAll}'s; {@code 1=1} for none.
   */
  public SqlPredicate compileAny(
      Conditions conditions, String type, String record, LocalDate today) {
    return overRecord(conditions, " OR ", type, record, today);
  }

  private SqlPredicate overRecord(
      Conditions conditions, String operator, String type, String record, LocalDate today) {
    return join(
        conditions,
        operator,
        (condition, parameters, n) -> {
          if (!condition.path().root().name().equals(type)) {
            throw new IllegalArgumentException(condition.path().name() + " is not over " + type);
          }
          List<String> from = new ArrayList<>();
          List<String> where = new ArrayList<>();
          return exists(condition, type, record + ".number", from, where, today, parameters, n);
        });
  }

  /**
   * The predicate "the contact the {@code referring_entity} row {@code record} (of {@code type})
   * belongs to satisfies {@code overContact}", a predicate over the contact row aliased {@code
   * contact}: a run's item whose contact is in a segment. False for a record without a contact.
   */
  public SqlPredicate ownerSatisfies(
      String type, String record, String contact, SqlPredicate overContact) {
    List<EntityField> owner =
        Optional.ofNullable(owners.get(type))
            .filter(chain -> !chain.isEmpty())
            .orElseThrow(() -> new IllegalArgumentException(type + " records have no contact"));
    return along(
        owner,
        type,
        record,
        "contact " + contact,
        "o",
        last -> last + ".text_value = " + contact + ".number",
        overContact);
  }

  /**
   * The predicate "the record the {@code referring_entity} row {@code record} (of {@code type})
   * reaches through {@code references} satisfies {@code overTarget}", a predicate over the {@code
   * referring_entity} row aliased {@code target}: a run's item whose accounts receivable is in a
   * segment of accounts receivable. False when a reference on the way is missing.
   */
  public SqlPredicate referencedSatisfies(
      String type, String record, List<String> references, String target, SqlPredicate overTarget) {
    List<EntityField> chain = new ArrayList<>();
    String at = type;
    for (String reference : references) {
      String from = at;
      EntityField field =
          model
              .type(from)
              .flatMap(t -> t.field(reference))
              .filter(EntityField::isReference)
              .orElseThrow(
                  () -> new IllegalArgumentException(from + "." + reference + " is no reference"));
      chain.add(field);
      at = field.target();
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("no reference to follow from " + type);
    }
    String targetType = at;
    return along(
        chain,
        type,
        record,
        "referring_entity " + target,
        target + "_r",
        last ->
            target
                + ".type = '"
                + targetType
                + "' AND "
                + target
                + ".number = "
                + last
                + ".text_value",
        overTarget);
  }

  /**
   * {@code EXISTS} over {@code table} and the joins along {@code chain} from the {@code
   * referring_entity} row {@code record} (of {@code type}), {@code joinLast} joining the table to
   * the last reference's row (given its alias), where {@code over} holds.
   */
  private static SqlPredicate along(
      List<EntityField> chain,
      String type,
      String record,
      String table,
      String prefix,
      UnaryOperator<String> joinLast,
      SqlPredicate over) {
    List<String> from = new ArrayList<>(List.of(table));
    List<String> where = new ArrayList<>();
    String last = ownerChain(chain, type, record + ".number", prefix, new int[] {0}, from, where);
    where.add(joinLast.apply(last));
    where.add("(" + over.sql() + ")");
    return new SqlPredicate(
        "EXISTS (SELECT 1 FROM "
            + String.join(", ", from)
            + " WHERE "
            + String.join(" AND ", where)
            + ")",
        over.parameters());
  }

  /** One condition as SQL, appending its parameters; {@code n} numbers the aliases. */
  private interface Compiler {
    String compile(Condition condition, List<Object> parameters, int[] n);
  }

  private static SqlPredicate join(Conditions conditions, String operator, Compiler compiler) {
    if (conditions.isEmpty()) {
      return new SqlPredicate("1=1", List.of());
    }
    List<Object> parameters = new ArrayList<>();
    List<String> each = new ArrayList<>();
    int[] aliases = {0};
    for (Condition condition : conditions.all()) {
      each.add(compiler.compile(condition, parameters, aliases));
    }
    return new SqlPredicate("(" + String.join(operator, each) + ")", parameters);
  }

  private String overContact(
      Condition condition, String contact, LocalDate today, List<Object> parameters, int[] n) {
    FieldPath path = condition.path();
    String root = path.root().name();
    List<EntityField> owner =
        Optional.ofNullable(owners.get(root))
            .orElseThrow(
                () -> new IllegalArgumentException(root + " records do not belong to a contact"));
    if (root.equals(EntityModel.CONTACT_INFORMATION)) {
      return comparison(condition, contactColumn(contact, path.field().name()), today, parameters);
    }
    List<String> from = new ArrayList<>();
    List<String> where = new ArrayList<>();
    // The record's owner chain, from the root record (any number) to the contact.
    String first = "v" + n[0];
    String last = ownerChain(owner, root, null, "v", n, from, where);
    where.add(last + ".text_value = " + contact + ".number");
    return exists(condition, root, first + ".entity_number", from, where, today, parameters, n);
  }

  /**
   * Appends the joins from a record of {@code type} (numbered {@code number}, or any when null)
   * along {@code chain}; answers the alias of the last reference's row.
   */
  private static String ownerChain(
      List<EntityField> chain,
      String type,
      String number,
      String prefix,
      int[] n,
      List<String> from,
      List<String> where) {
    String previous = null;
    for (EntityField reference : chain) {
      String alias = prefix + n[0]++;
      from.add(PROJECTION + " " + alias);
      where.add(
          alias
              + ".entity_type = '"
              + type
              + "' AND "
              + alias
              + ".field = '"
              + reference.name()
              + "'");
      if (previous != null) {
        where.add(alias + ".entity_number = " + previous + ".text_value");
      } else if (number != null) {
        where.add(alias + ".entity_number = " + number);
      }
      previous = alias;
      type = reference.target();
    }
    return previous;
  }

  /**
   * {@code EXISTS} over the joins so far plus the path from the root record numbered {@code
   * rootNumber} to the field compared, and the comparison.
   */
  private String exists(
      Condition condition,
      String root,
      String rootNumber,
      List<String> from,
      List<String> where,
      LocalDate today,
      List<Object> parameters,
      int[] n) {
    String number = rootNumber;
    String type = root;
    String column = null;
    for (EntityField field : fields(condition.path())) {
      if (type.equals(EntityModel.CONTACT_INFORMATION)) {
        String other = "c" + n[0]++;
        from.add("contact " + other);
        where.add(other + ".number = " + number);
        column = contactColumn(other, field.name());
        break;
      }
      String alias = "v" + n[0]++;
      from.add(PROJECTION + " " + alias);
      where.add(
          alias
              + ".entity_type = '"
              + type
              + "' AND "
              + alias
              + ".entity_number = "
              + number
              + " AND "
              + alias
              + ".field = '"
              + field.name()
              + "'");
      column = alias + "." + column(field.kind());
      number = alias + ".text_value";
      type = field.target();
    }
    where.add(comparison(condition, column, today, parameters));
    return "EXISTS (SELECT 1 FROM "
        + String.join(", ", from)
        + " WHERE "
        + String.join(" AND ", where)
        + ")";
  }

  /** The fields a path goes through, from its root's. */
  private List<EntityField> fields(FieldPath path) {
    List<EntityField> fields = new ArrayList<>();
    String[] names = path.name().split("\\.");
    EntityType type = path.root();
    for (int i = 1; i < names.length; i++) {
      EntityField field = type.field(names[i]).orElseThrow();
      fields.add(field);
      if (field.isReference()) {
        type = model.type(field.target()).orElseThrow();
      }
    }
    return fields;
  }

  private static String comparison(
      Condition condition, String column, LocalDate today, List<Object> parameters) {
    Object value = condition.comparedValue(today);
    parameters.add(value instanceof LocalDate date ? Date.valueOf(date) : value);
    String operator =
        switch (condition.operator()) {
          case EQUALS, CONTAINS -> " = ?";
          case NOT_EQUALS -> " <> ?";
          case MORE_THAN -> " >= ?";
          case LESS_THAN -> " < ?";
        };
    return column + operator;
  }

  /** The projection's column holding values of a kind; a collection has a row per item. */
  static String column(FieldKind kind) {
    return switch (kind) {
      case TEXT, REFERENCE, COLLECTION -> "text_value";
      case NUMBER, AMOUNT -> "number_value";
      case DATE -> "date_value";
      case BOOLEAN -> "flag_value";
    };
  }

  /** A contact_information field as SQL over the contact row aliased {@code contact}. */
  private static String contactColumn(String contact, String field) {
    return switch (field) {
      case "number",
          "name",
          "preferred_language",
          "opt_in_direct_marketing",
          "opt_in_affiliate_marketing" ->
          contact + "." + field;
      case "email" ->
          "(SELECT e.address FROM contact_email e WHERE e.contact_id = "
              + contact
              + ".id AND e.is_primary)";
      case "phone" ->
          "(SELECT p.number FROM contact_phone p WHERE p.contact_id = "
              + contact
              + ".id AND p.type = 'MOBILE' ORDER BY p.is_primary DESC, p.position LIMIT 1)";
      default -> throw new IllegalArgumentException("contact_information has no column " + field);
    };
  }

  /**
   * For each type, the shortest chain of references from its records to their contact (empty for
   * the contact itself); types whose records name no contact are left out.
   */
  private static Map<String, List<EntityField>> ownerChains(EntityModel model) {
    Map<String, List<EntityField>> chains = new LinkedHashMap<>();
    for (EntityType type : model.types()) {
      chainToContact(model, type).ifPresent(chain -> chains.put(type.name(), chain));
    }
    return chains;
  }

  private static Optional<List<EntityField>> chainToContact(EntityModel model, EntityType start) {
    Map<String, List<EntityField>> reached = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    reached.put(start.name(), List.of());
    queue.add(start.name());
    while (!queue.isEmpty()) {
      String type = queue.poll();
      List<EntityField> chain = reached.get(type);
      if (type.equals(EntityModel.CONTACT_INFORMATION)) {
        return Optional.of(chain);
      }
      if (chain.size() == MAX_OWNER_HOPS) {
        continue;
      }
      for (EntityField field : model.type(type).orElseThrow().fields()) {
        if (field.isReference() && !reached.containsKey(field.target())) {
          List<EntityField> longer = new ArrayList<>(chain);
          longer.add(field);
          reached.put(field.target(), longer);
          queue.add(field.target());
        }
      }
    }
    return Optional.empty();
  }
}
