/** JPA plumbing shared by every area: the schema migration, converters, public numbers. */
package org.herald.persistence;
