package org.herald.condition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.entity.EntityModel;
import org.herald.entity.FieldPath;
import org.herald.tag.TagCatalogue;

/**
 * The paths a condition may name: the entity fields of the tag catalogue (the same references
 * followed), so the condition builder and the '#' autocomplete offer the same words.
 */
public final class ConditionPaths {

  private static final ConditionPaths CRM = new ConditionPaths(EntityModel.crm());

  private final EntityModel model;
  private final Map<String, FieldPath> byName = new HashMap<>();
  private final List<FieldPath> all;

  public ConditionPaths(EntityModel model) {
    this.model = model;
    this.all = model.paths(TagCatalogue.MAX_HOPS);
    all.forEach(path -> byName.put(path.name(), path));
  }

  public static ConditionPaths crm() {
    return CRM;
  }

  public EntityModel model() {
    return model;
  }

  public Optional<FieldPath> path(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every path, in the model's order. */
  public List<FieldPath> all() {
    return all;
  }
}
