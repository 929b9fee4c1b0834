package org.herald.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.herald.communication.CommunicationService;
import org.herald.contact.Contact;
import org.herald.contact.ContactService;
import org.herald.error.UnknownResourceException;
import org.primefaces.model.LazyDataModel;

/**
 * One contact ({@code contact.xhtml?number=}): its email addresses and phones, preferred language,
 * marketing consent, and its communications, paged in the database.
 */
@Named("contact")
@ViewScoped
public class ContactView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContactService contacts;
  @Inject transient CommunicationService communications;

  private String number;
  private Contact shown;
  private LazyDataModel<CommunicationRow> communicationModel;

  /** Called by the page's viewAction once the number parameter is set. */
  public void load() {
    if (number == null) {
      return;
    }
    try {
      shown = contacts.get(number);
      communicationModel = new CommunicationLazyModel(communications, shown.getNumber());
    } catch (UnknownResourceException e) {
      shown = null;
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
}
