package org.herald.tag;

import org.herald.entity.FieldPath;

/**
 * What a tag was found to mean when its text was parsed, so rendering never looks a path up again.
 * An unknown tag renders empty; validation reports it before a template is saved.
 */
sealed interface TagBinding {

  void appendTo(StringBuilder out, RenderContext context);

  /** A field of one of the communication's referring entities. */
  record EntityValue(FieldPath path) implements TagBinding {
    @Override
    public void appendTo(StringBuilder out, RenderContext context) {
      context.appendValue(context.referringEntity(path.root().name()), path, out);
    }
  }

  /** A field of the notification run's item entity, when the item is of the path's type. */
  record NotificationValue(FieldPath path) implements TagBinding {
    @Override
    public void appendTo(StringBuilder out, RenderContext context) {
      context.appendValue(context.notificationItem(path.root().name()), path, out);
    }
  }

  record UnrestrictedValue(String name) implements TagBinding {
    @Override
    public void appendTo(StringBuilder out, RenderContext context) {
      context.appendUnrestricted(name, out);
    }
  }

  record DynamicLinkValue(DynamicLinkType type) implements TagBinding {
    @Override
    public void appendTo(StringBuilder out, RenderContext context) {
      context.appendDynamicLink(type, out);
    }
  }

  record Unknown() implements TagBinding {
    @Override
    public void appendTo(StringBuilder out, RenderContext context) {
      // Undefined renders empty.
    }
  }
}
