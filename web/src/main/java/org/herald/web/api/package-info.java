/** The back-office REST API under /herald/api/v1: thin resources mapping DTOs to the domain. */
package org.herald.web.api;
