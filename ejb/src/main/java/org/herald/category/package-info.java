/** Communication categories: the seed's classification of communications by subject. */
package org.herald.category;
