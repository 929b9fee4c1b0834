package org.herald.api.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@Schema(name = "Problem")
public record Problem(
    @Schema(example = "urn:herald:problem:invalid-value") String type,
    @Schema(example = "Invalid value") String title,
    @Schema(example = "422") int status,
    String detail,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static String type(String code) {
    return "urn:herald:problem:" + code;
  }
}
