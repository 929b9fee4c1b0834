/** SMS delivery over SMPP with jsmpp: GSM-7/UCS-2 encoding, one shared bind, delivery receipts. */
package org.herald.channel.smpp;
