package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.herald.contact.Contact;
import org.herald.contact.ContactService;
import org.primefaces.model.LazyDataModel;

/** The Contacts screen: a lazy table searched by number, name, email address or phone number. */
@Named("contacts")
@ViewScoped
public class ContactsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContactService service;

  private LazyDataModel<Contact> model;

  @PostConstruct
  void init() {
    model = new ContactLazyModel(service);
  }

  public LazyDataModel<Contact> getModel() {
    return model;
  }
}
