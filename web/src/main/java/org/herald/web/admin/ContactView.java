package org.herald.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.herald.api.contact.ContactDto;
import org.herald.communication.CommunicationService;
import org.herald.communication.ContactErasure;
import org.herald.contact.Contact;
import org.herald.contact.ContactService;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.language.Languages;
import org.herald.web.api.contact.ContactAssembler;
import org.herald.web.security.PortalAccess;
import org.primefaces.model.LazyDataModel;

/**
 * One contact ({@code contact.xhtml?number=}): its email addresses and phones, preferred language,
 * marketing consent, and its communications, paged in the database. An operator changes the name,
 * preferred language and consent (a partial update: the addresses and phones stay as stored); an
 * admin erases the contact. Both go through the services the API's PATCH and DELETE use, so the
 * same rules hold and the audit trail records them.
 */
@Named("contact")
@ViewScoped
public class ContactView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContactService contacts;
  @Inject transient ContactErasure erasure;
  @Inject transient ContactAssembler assembler;
  @Inject transient CommunicationService communications;
  @Inject transient Languages languages;
  @Inject transient PortalAccess access;

  private String number;
  private Contact shown;
  private LazyDataModel<CommunicationRow> communicationModel;

  private String name;
  private String preferredLanguage;
  private boolean optInDirectMarketing;
  private boolean optInAffiliateMarketing;

  /** Called by the page's viewAction once the number parameter is set. */
  public void load() {
    if (number == null) {
      return;
    }
    try {
      shown = contacts.get(number);
      communicationModel = new CommunicationLazyModel(communications, shown.getNumber());
      name = shown.getName();
      preferredLanguage = shown.getPreferredLanguage();
      optInDirectMarketing = shown.isOptInDirectMarketing();
      optInAffiliateMarketing = shown.isOptInAffiliateMarketing();
    } catch (UnknownResourceException e) {
      shown = null;
    }
  }

  /**
   * Stores the fields of the form onto the contact as stored now, as a PATCH of those members
   * would; a refusal names its field beside the input, nothing stored.
   */
  public void save() {
    if (!access.mayEdit() || shown == null) {
      return;
    }
    try {
      ContactDto stored = assembler.toDto(contacts.get(number));
      ContactDto changed =
          new ContactDto(
              stored.number(),
              name,
              FormText.trimmed(preferredLanguage),
              stored.emails(),
              stored.phones(),
              optInDirectMarketing,
              optInAffiliateMarketing,
              stored.createdAt(),
              stored.updatedAt());
      contacts.update(number, assembler.toDetails(changed));
      PortalMessages.info("Contact " + number + " saved");
      load();
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), field -> field);
    } catch (UnknownResourceException e) {
      PortalMessages.error("Contact " + number + " no longer exists");
    }
  }

  /** The right to erasure, for admins: the contact's personal data and messages' texts go. */
  public void erase() {
    if (!access.mayAdminister() || shown == null) {
      return;
    }
    try {
      erasure.erase(number);
      PortalMessages.info("Contact " + number + " erased");
      load();
    } catch (UnknownResourceException e) {
      PortalMessages.error("Contact " + number + " no longer exists");
    }
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  /** The contact, or null when there is no such contact. */
  public Contact getShown() {
    return shown;
  }

  public LazyDataModel<CommunicationRow> getCommunications() {
    return communicationModel;
  }

  public List<String> getLanguages() {
    return languages.supported();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public boolean isOptInDirectMarketing() {
    return optInDirectMarketing;
  }

  public void setOptInDirectMarketing(boolean optInDirectMarketing) {
    this.optInDirectMarketing = optInDirectMarketing;
  }

  public boolean isOptInAffiliateMarketing() {
    return optInAffiliateMarketing;
  }

  public void setOptInAffiliateMarketing(boolean optInAffiliateMarketing) {
    this.optInAffiliateMarketing = optInAffiliateMarketing;
  }
}
