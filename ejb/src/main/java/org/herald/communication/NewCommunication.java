package org.herald.communication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.entity.EntityKey;
import org.herald.template.CommunicationTemplate;
import org.herald.template.TemplateContent;

/**
 * A manual communication as a user asked for it (to create, or to rewrite a draft), enums already
 * parsed, references not yet. {@code referringTo} is the number of the completed communication it
 * follows up, if any; without a contact it follows up that communication's contact. {@code
 * processedBy} is the code of the external system that delivers it, if not Herald; {@code
 * referringEntities} the entities it refers to (whose tags its content may use); {@code
 * templateCode} the template it is made from, which fills what the request leaves out; {@code
 * unrestricted} the values of its {@code #unrestricted.<name>} tags; {@code overridePreferences}
 * sends a marketing one to a contact who has not opted in (the seed's override).
 */
public record NewCommunication(
    String contactNumber,
    String referringTo,
    Direction direction,
    Medium medium,
    String categoryCode,
    String subject,
    String content,
    String recipient,
    String processedBy,
    Instant expiresAt,
    boolean draft,
    List<EntityKey> referringEntities,
    String templateCode,
    String language,
    Classification classification,
    Map<String, String> unrestricted,
    boolean overridePreferences) {

  public NewCommunication {
    referringEntities = referringEntities == null ? List.of() : referringEntities;
    unrestricted = unrestricted == null ? Map.of() : unrestricted;
  }

  /** The request with what it leaves out taken from a template, in {@code chosenLanguage}. */
  NewCommunication filledFrom(CommunicationTemplate template, String chosenLanguage) {
    TemplateContent texts = template.content(chosenLanguage).orElseThrow();
    return new NewCommunication(
        contactNumber,
        referringTo,
        direction == null ? template.getDirection() : direction,
        medium == null ? template.getMedium() : medium,
        categoryCode == null ? template.getCategoryCode() : categoryCode,
        subject == null ? texts.getSubject() : subject,
        content == null ? texts.getBody() : content,
        recipient,
        processedBy == null ? template.getExternalSystemCode() : processedBy,
        expiresAt,
        draft,
        referringEntities,
        templateCode,
        chosenLanguage,
        classification,
        unrestricted,
        overridePreferences);
  }
}
