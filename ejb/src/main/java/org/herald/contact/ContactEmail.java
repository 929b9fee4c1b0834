package org.herald.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import org.herald.api.contact.EmailType;

/** One email address of a contact. */
@Embeddable
public class ContactEmail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false)
  private EmailType type;

  @Column(name = "address", nullable = false)
  private String address;

  @Column(name = "is_primary", nullable = false)
  private boolean primary;

  protected ContactEmail() {}

  public ContactEmail(EmailType type, EmailAddress address, boolean primary) {
    this.type = type;
    this.address = address.value();
    this.primary = primary;
  }

  ContactEmail asPrimary() {
    return new ContactEmail(type, new EmailAddress(address), true);
  }

  public EmailType getType() {
    return type;
  }

  public String getAddress() {
    return address;
  }

  public boolean isPrimary() {
    return primary;
  }
}
