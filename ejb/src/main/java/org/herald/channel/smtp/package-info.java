/** Email delivery over SMTP with Jakarta Mail. */
package org.herald.channel.smtp;
