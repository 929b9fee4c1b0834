/**
 * Communication templates: per-language subject and body with tags, validated against the tag
 * catalogue on save, parsed once and rendered for previews and communications.
 */
package org.herald.template;
