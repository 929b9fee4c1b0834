package org.herald.communication;

import java.util.List;
import org.herald.category.Category;
import org.herald.contact.Contact;
import org.herald.entity.EntityKey;
import org.herald.entity.EntityRecord;
import org.herald.externalsystem.ExternalSystem;

/**
 * What a communication's request names, looked up and checked: who, which category, where to, which
 * communication it follows up, which external system delivers it, the referring entities' records,
 * and (outgoing only) its subject and content parsed.
 */
record References(
    Contact contact,
    Category category,
    String recipient,
    Communication referringTo,
    ExternalSystem processedBy,
    List<EntityKey> referringEntities,
    List<EntityRecord> referringRecords,
    Personalisation.Texts texts) {}
