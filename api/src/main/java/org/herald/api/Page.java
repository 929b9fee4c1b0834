package org.herald.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: every list endpoint answers with this shape. */
@Schema(description = "One page of results")
public record Page<T>(List<T> items, int page, int size, long totalItems) {}
