package org.herald.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.entity.EntitySnapshot;
import org.herald.entity.ReferringEntityRepository;
import org.herald.entity.ReferringEntityService;
import org.herald.entity.StoredEntity;
import org.herald.error.UnknownResourceException;

/**
 * Every referring entity as rendering and the API read it. A contact is the {@code
 * contact_information} entity (one table, one resource), so those records come from the contacts;
 * every other type from the referring entities the CRM syncs.
 */
@ApplicationScoped
public class ContactInformation implements EntityLookup {

  @Inject ContactRepository contacts;
  @Inject ReferringEntityRepository referringEntities;
  @Inject ReferringEntityService referringEntityService;

  /** A contact as its {@code contact_information} record: primary email and mobile. */
  public static EntitySnapshot of(Contact contact) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", contact.getName());
    if (contact.getPreferredLanguage() != null) {
      values.put("preferred_language", contact.getPreferredLanguage());
    }
    contact.primaryEmail().ifPresent(email -> values.put("email", email.getAddress()));
    contact.primaryMobile().ifPresent(phone -> values.put("phone", phone.getNumber()));
    values.put("opt_in_direct_marketing", contact.isOptInDirectMarketing());
    values.put("opt_in_affiliate_marketing", contact.isOptInAffiliateMarketing());
    return new EntitySnapshot(EntityModel.CONTACT_INFORMATION, contact.getNumber(), values);
  }

  @Override
  public Optional<EntityRecord> find(String type, String number) {
    if (EntityModel.CONTACT_INFORMATION.equals(type)) {
      return contacts.findByNumber(number).map(ContactInformation::of);
    }
    return referringEntities.find(type, number);
  }

  @Override
  public Map<String, EntityRecord> findAll(String type, Collection<String> numbers) {
    if (EntityModel.CONTACT_INFORMATION.equals(type)) {
      Map<String, EntityRecord> records = new HashMap<>();
      contacts
          .findByNumbers(numbers)
          .forEach((number, contact) -> records.put(number, of(contact)));
      return records;
    }
    return referringEntities.findAll(type, numbers);
  }

  /** The record of a type and number, or 404 naming the type or the record that is missing. */
  public StoredEntity get(String type, String number) {
    if (EntityModel.CONTACT_INFORMATION.equals(type)) {
      Contact contact =
          contacts
              .findByNumber(number)
              .orElseThrow(() -> new UnknownResourceException(type, number));
      return new StoredEntity(of(contact), contact.getUpdatedAt());
    }
    return referringEntityService.get(type, number);
  }
}
