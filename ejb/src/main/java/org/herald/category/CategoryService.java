package org.herald.category;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.herald.error.IllegalTransitionException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Keeps the categories that classify communications by business function. */
@Stateless
public class CategoryService {

  @Inject CategoryRepository categories;

  public List<Category> all() {
    return categories.all();
  }

  public ResultPage<Category> list(PageRequest page) {
    return categories.list(page);
  }

  public Category get(String code) {
    return categories
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("category", code));
  }

  public Category create(String code, String name, String description) {
    Violations violations = new Violations();
    if (violations.code("code", code) && categories.findByCode(code).isPresent()) {
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
    violations.maxLength("name", name, 200);
    violations.maxLength("description", description, 1000);
  }
}
