package org.herald.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import org.herald.api.contact.PhoneType;

/** One phone number of a contact, in E.164. */
@Embeddable
public class ContactPhone implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false)
  private PhoneType type;

  @Column(name = "number", nullable = false)
  private String number;

  @Column(name = "is_primary", nullable = false)
  private boolean primary;

  protected ContactPhone() {}

  public ContactPhone(PhoneType type, PhoneNumber number, boolean primary) {
    this.type = type;
    this.number = number.e164();
    this.primary = primary;
  }

  ContactPhone asPrimary() {
    return new ContactPhone(type, new PhoneNumber(number), true);
  }

  public PhoneType getType() {
    return type;
  }

  public String getNumber() {
    return number;
  }

  public boolean isPrimary() {
    return primary;
  }

  public boolean isMobile() {
    return type == PhoneType.MOBILE;
  }
}
