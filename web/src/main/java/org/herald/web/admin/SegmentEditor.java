package org.herald.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;
import org.herald.error.IllegalTransitionException;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.paging.PageRequest;
import org.herald.segment.MemberChange;
import org.herald.segment.Segment;
import org.herald.segment.SegmentDetails;
import org.herald.segment.SegmentKind;
import org.herald.segment.SegmentMembership;
import org.herald.segment.SegmentService;
import org.herald.web.security.PortalAccess;

/**
 * The segment editor: name, kind and the entity type of its members (contacts by default; both
 * fixed once made) and, by conditions, a condition builder suggesting paths from that type; for a
 * stored segment its live count and members, and for a static one adding and removing members by
 * number.
 */
@Named("segmentEditor")
@ViewScoped
public class SegmentEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SegmentService segments;
  @Inject transient PortalAccess access;

  private String code;
  private boolean found = true;
  private String newCode;
  private String name;
  private String kind = SegmentKind.CONDITIONS.name();
  private String entityType = EntityModel.CONTACT_INFORMATION;
  private String contactToAdd;
  private final ConditionBuilder conditions = new ConditionBuilder();

  public SegmentEditor() {
    conditions.startAt(SegmentService.roots(entityType));
  }

  /** Called by the page's viewAction once the code parameter is set (never on a postback). */
  public void load() {
    if (code == null || code.isBlank()) {
      code = null;
      return;
    }
    try {
      show(segments.get(code));
    } catch (UnknownResourceException e) {
      found = false;
    }
  }

  private void show(Segment segment) {
    code = segment.getCode();
    name = segment.getName();
    kind = segment.getKind().name();
    setEntityType(segment.getEntityType());
    conditions.show(segment.getConditions());
  }

  public String save() {
    if (!access.mayEdit()) {
      return null;
    }
    SegmentDetails details = new SegmentDetails(name, kind, entityType, conditions.inputs());
    try {
      if (code == null) {
        Segment created = segments.create(newCode == null ? null : newCode.trim(), details);
        PortalMessages.info("Segment " + created.getCode() + " created");
        PortalMessages.keepForRedirect();
        return "/segment?faces-redirect=true&code=" + created.getCode();
      }
      show(segments.update(code, details));
      PortalMessages.info("Segment " + code + " saved");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(
          e.errors(), field -> field.equals("code") || field.equals("name") ? field : null);
    } catch (UnknownResourceException e) {
      PortalMessages.error("Segment " + code + " was deleted meanwhile");
    }
    return null;
  }

  /** Adds the contact typed to a static segment, saying what it did. */
  public void addContact() {
    if (access.mayEdit() && contactToAdd != null && !contactToAdd.isBlank()) {
      change(segments.add(code, List.of(contactToAdd.trim())));
      contactToAdd = null;
    }
  }

  public void removeContact(String contact) {
    if (access.mayEdit()) {
      change(segments.remove(code, List.of(contact)));
    }
  }

  private static void change(List<MemberChange> changes) {
    MemberChange change = changes.get(0);
    PortalMessages.info(change.contact() + ": " + change.status());
  }

  /** The members now, asked of the database: the first page, by contact number. */
  public List<SegmentMembership.Member> getMembers() {
    if (code == null) {
      return List.of();
    }
    try {
      return segments
          .members(code, new PageRequest(0, PageRequest.MAX_SIZE, "contact", true))
          .items();
    } catch (IllegalTransitionException | UnknownResourceException e) {
      return List.of();
    }
  }

  public long getCount() {
    return code == null ? 0 : segments.count(code);
  }

  public SegmentKind[] getKinds() {
    return SegmentKind.values();
  }

  /** What a segment may list: contacts first, then every other entity type by name. */
  public List<String> getEntityTypes() {
    return Stream.concat(
            Stream.of(EntityModel.CONTACT_INFORMATION),
            EntityModel.crm().types().stream()
                .map(EntityType::name)
                .filter(type -> !type.equals(EntityModel.CONTACT_INFORMATION))
                .sorted())
        .toList();
  }

  /** Whether it lists contacts (the members' screen then says "contact"). */
  public boolean isOfContacts() {
    return EntityModel.CONTACT_INFORMATION.equals(entityType);
  }

  public boolean isStatic() {
    return SegmentKind.STATIC.name().equals(kind);
  }

  public boolean isCreating() {
    return code == null;
  }

  public boolean isFound() {
    return found;
  }

  public ConditionBuilder getConditions() {
    return conditions;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
    if (EntityModel.crm().type(entityType).isPresent()) {
      conditions.startAt(SegmentService.roots(entityType));
    }
  }

  public String getContactToAdd() {
    return contactToAdd;
  }

  public void setContactToAdd(String contactToAdd) {
    this.contactToAdd = contactToAdd;
  }
}
