package org.herald.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.herald.entity.EntityModel;
import org.herald.entity.FieldPath;
import org.herald.error.InvalidValueException;

/**
 * Every tag a template may use, derived from the entity model (no list kept by hand): each entity
 * field reachable through at most {@value #MAX_HOPS} references ({@code
 * payment.accounts_receivable.wallet.balance}) and the dynamic links; for a notification type's
 * templates also {@code notification.<item type>.…}. Immutable: one per model, shared.
 */
public final class TagCatalogue {

  /** References a tag may follow; deeper paths read nothing a template has needed. */
  public static final int MAX_HOPS = 2;

  static final String NOTIFICATION = "notification";
  static final String UNRESTRICTED = "unrestricted";
  static final String DYNAMIC_LINK = "dynamic_link";
  static final String CONTACT = "contact_information";

  private final EntityModel model;
  private final Map<String, FieldPath> entityPaths;
  private final NavigableMap<String, TagDefinition> definitions;
  private final String notificationItemType;

  private TagCatalogue(
      EntityModel model,
      Map<String, FieldPath> entityPaths,
      NavigableMap<String, TagDefinition> definitions,
      String notificationItemType) {
    this.model = model;
    this.entityPaths = entityPaths;
    this.definitions = Collections.unmodifiableNavigableMap(definitions);
    this.notificationItemType = notificationItemType;
  }

  private static final TagCatalogue CRM = of(EntityModel.crm());

  /** The catalogue of the CRM's entity model, built once and shared. */
  public static TagCatalogue crm() {
    return CRM;
  }

  public static TagCatalogue of(EntityModel model) {
    Map<String, FieldPath> entityPaths = new HashMap<>();
    NavigableMap<String, TagDefinition> definitions = new TreeMap<>();
    for (FieldPath path : model.paths(MAX_HOPS)) {
      String root = path.root().name();
      if (root.equals(NOTIFICATION) || root.equals(UNRESTRICTED) || root.equals(DYNAMIC_LINK)) {
        throw new IllegalArgumentException("entity type " + root + " would hide a tag namespace");
      }
      entityPaths.put(path.name(), path);
      definitions.put(path.name(), new TagDefinition(path.name(), TagKind.of(path.kind())));
    }
    for (DynamicLinkType type : DynamicLinkType.values()) {
      String path = DYNAMIC_LINK + "." + type.tagName();
      definitions.put(path, new TagDefinition(path, TagKind.DYNAMIC_LINK));
    }
    return new TagCatalogue(model, Map.copyOf(entityPaths), definitions, null);
  }

  /**
   * This catalogue plus the {@code notification.<itemType>.…} tags of a notification type whose
   * item entity is {@code itemType}.
   */
  public TagCatalogue forNotification(String itemType) {
    if (model.type(itemType).isEmpty()) {
      throw new InvalidValueException(
          "UNKNOWN_ENTITY_TYPE", "'" + itemType + "' is not an entity type");
    }
    NavigableMap<String, TagDefinition> withItem = new TreeMap<>(definitions);
    withItem.keySet().removeIf(path -> path.startsWith(NOTIFICATION + "."));
    for (TagDefinition definition :
        definitions.subMap(itemType + ".", itemType + ".\uffff").values()) {
      String path = NOTIFICATION + "." + definition.path();
      withItem.put(path, new TagDefinition(path, definition.kind()));
    }
    return new TagCatalogue(model, entityPaths, withItem, itemType);
  }

  /**
   * The tags whose path starts with {@code prefix} (a leading '#' is ignored), sorted by path: what
   * the editor offers as the user types after '#'.
   */
  public List<TagDefinition> suggest(String prefix) {
    String start = prefix.startsWith("#") ? prefix.substring(1) : prefix;
    return List.copyOf(definitions.subMap(start, true, start + "\uffff", false).values());
  }

  public Optional<TagDefinition> definition(String path) {
    return Optional.ofNullable(definitions.get(path));
  }

  /**
   * Every tag of {@code text} that may not be used here, in the order written: tags this catalogue
   * does not know and dynamic links not among {@code enabledLinks}. Empty when the text is fine.
   * Unrestricted tags are free names ({@code #unrestricted.<name>}) and always allowed.
   */
  public List<TagProblem> check(TemplateText text, Set<DynamicLinkType> enabledLinks) {
    return check(text, enabledLinks, null);
  }

  /**
   * As {@link #check(TemplateText, Set)}, and also refuses an entity's tag unless the entity is
   * among {@code referringTypes} (the template's or communication's referring entity types) or is
   * the contact, whom every communication is for: the seed's "define the relation … before using
   * the tag".
   */
  public List<TagProblem> check(
      TemplateText text, Set<DynamicLinkType> enabledLinks, Set<String> referringTypes) {
    List<TagProblem> problems = new ArrayList<>();
    for (Tag tag : text.tags()) {
      String reason = unknownReason(tag);
      if (reason != null) {
        problems.add(TagProblem.of(tag, "UNKNOWN_TAG", reason));
      } else if (tag.binding() instanceof TagBinding.DynamicLinkValue link
          && !enabledLinks.contains(link.type())) {
        problems.add(
            TagProblem.of(
                tag, "DISABLED_DYNAMIC_LINK", "is not enabled in the dynamic links settings"));
      } else if (referringTypes != null
          && tag.binding() instanceof TagBinding.EntityValue value
          && !value.path().root().name().equals(CONTACT)
          && !referringTypes.contains(value.path().root().name())) {
        problems.add(
            TagProblem.of(
                tag,
                "NOT_A_REFERRING_ENTITY",
                "needs a referring entity of type " + value.path().root().name()));
      }
    }
    return List.copyOf(problems);
  }

  /** Why the tag is unknown here, or null when it is known. */
  private String unknownReason(Tag tag) {
    switch (tag.namespace()) {
      case UNRESTRICTED:
        return tag.rest().indexOf('.') < 0
            ? null
            : "is not a tag: an unrestricted tag has one name, e.g. #unrestricted.offer";
      case NOTIFICATION:
        if (notificationItemType == null) {
          return "is only for notification templates";
        }
        if (!definitions.containsKey(tag.path())) {
          return "is not a tag of the notification item " + notificationItemType;
        }
        return null;
      default:
        return definitions.containsKey(tag.path()) ? null : "is not a known tag";
    }
  }

  /** What a tag path means, resolved once when a text is parsed. */
  TagBinding bind(String path) {
    int dot = path.indexOf('.');
    String namespace = path.substring(0, dot);
    String rest = path.substring(dot + 1);
    FieldPath field;
    switch (namespace) {
      case UNRESTRICTED:
        return rest.indexOf('.') < 0
            ? new TagBinding.UnrestrictedValue(rest)
            : new TagBinding.Unknown();
      case DYNAMIC_LINK:
        return DynamicLinkType.fromTagName(rest)
            .<TagBinding>map(TagBinding.DynamicLinkValue::new)
            .orElseGet(TagBinding.Unknown::new);
      case NOTIFICATION:
        field = entityPaths.get(rest);
        return field == null ? new TagBinding.Unknown() : new TagBinding.NotificationValue(field);
      default:
        field = entityPaths.get(path);
        return field == null ? new TagBinding.Unknown() : new TagBinding.EntityValue(field);
    }
  }
}
