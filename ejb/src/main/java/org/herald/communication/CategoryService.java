package org.herald.communication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.herald.error.IllegalTransitionException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;

/** Keeps the categories that classify communications by business function. */
@Stateless
public class CategoryService {

  private static final String CODE = "[A-Z0-9_]{1,50}";

  @Inject CategoryRepository categories;

  public List<Category> all() {
    return categories.all();
  }

  public Category get(String code) {
    return categories
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("category", code));
  }

  public Category create(String code, String name, String description) {
    Violations violations = new Violations();
    if (code == null || !code.matches(CODE)) {
      violations.add("code", "INVALID_CODE", "must be 1 to 50 of A-Z, 0-9 and _");
    } else if (categories.findByCode(code).isPresent()) {
      violations.add("code", "DUPLICATE", "category " + code + " exists already");
    }
    checkText(violations, name, description);
    violations.throwIfAny();
    Category category = new Category(code, name.trim(), description);
    categories.add(category);
    return category;
  }

  public Category update(String code, String name, String description) {
    Category category = get(code);
    Violations violations = new Violations();
    checkText(violations, name, description);
    violations.throwIfAny();
    category.rename(name.trim(), description);
    return category;
  }

  /** Removes an unused category; one that classifies communications stays, to keep history. */
  public void delete(String code) {
    Category category = get(code);
    if (categories.isUsed(category)) {
      throw new IllegalTransitionException(
          "Category " + code + " classifies communications and cannot be deleted");
    }
    categories.remove(category);
  }

  private static void checkText(Violations violations, String name, String description) {
    violations.require("name", name);
    if (name != null && name.length() > 200) {
      violations.add("name", "OUT_OF_RANGE", "must be at most 200 characters");
    }
    if (description != null && description.length() > 1000) {
      violations.add("description", "OUT_OF_RANGE", "must be at most 1000 characters");
    }
  }
}
