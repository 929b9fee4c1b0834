package org.herald.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** Classifies communications by business function (inquiry, complaint, billing…). */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.byCode", query = "SELECT c FROM Category c WHERE c.code = :code")
@NamedQuery(name = "Category.all", query = "SELECT c FROM Category c ORDER BY c.name")
public class Category implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "description")
  private String description;

  @Version
  @Column(name = "version")
  private long version;

  protected Category() {}

  public Category(String code, String name, String description) {
    this.code = code;
    this.name = name;
    this.description = description;
  }

  public void rename(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }
}
