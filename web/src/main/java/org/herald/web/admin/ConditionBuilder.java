package org.herald.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.condition.ConditionInput;
import org.herald.condition.ConditionOperator;
import org.herald.condition.ConditionPaths;
import org.herald.entity.FieldPath;

/**
 * The condition builder of an editor (automations, segments): rows of path, operator and value, the
 * path field suggesting the catalogue's paths. Rendered by WEB-INF/includes/conditions.xhtml.
 */
public class ConditionBuilder implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int SUGGESTIONS = 30;

  private final List<ConditionForm> rows = new ArrayList<>();

  // Null: every path of the catalogue.
  private Set<String> roots;

  /** Replaces the rows by stored conditions. */
  void show(List<ConditionInput> conditions) {
    rows.clear();
    conditions.forEach(input -> rows.add(new ConditionForm(input)));
  }

  List<ConditionInput> inputs() {
    return rows.stream().map(ConditionForm::input).toList();
  }

  /** Suggests only paths that start at these entity types (a segment's members' type). */
  void startAt(Set<String> roots) {
    this.roots = Set.copyOf(roots);
  }

  public void add() {
    rows.add(new ConditionForm());
  }

  public void remove(ConditionForm row) {
    rows.remove(row);
  }

  /** The catalogue's paths that start with what was typed. */
  public List<String> complete(String typed) {
    String prefix = typed == null ? "" : typed.trim();
    return ConditionPaths.crm().all().stream()
        .map(FieldPath::name)
        .filter(path -> roots == null || roots.contains(root(path)))
        .filter(path -> path.startsWith(prefix))
        .limit(SUGGESTIONS)
        .toList();
  }

  private static String root(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  public List<ConditionForm> getRows() {
    return rows;
  }

  public ConditionOperator[] getOperators() {
    return ConditionOperator.values();
  }
}
