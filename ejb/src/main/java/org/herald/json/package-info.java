/** JSON-P looked up once, for every area that builds or reads JSON. */
package org.herald.json;
