package org.herald.web.api.condition;

import java.util.ArrayList;
import java.util.List;
import org.herald.api.event.ConditionDto;
import org.herald.condition.ConditionInput;

/** Maps conditions between the API's records and the domain's inputs; a null item stays null. */
public final class ConditionAssembler {

  private ConditionAssembler() {}

  public static List<ConditionInput> toInputs(List<ConditionDto> conditions) {
    if (conditions == null) {
      return List.of();
    }
    List<ConditionInput> inputs = new ArrayList<>(conditions.size());
    for (ConditionDto condition : conditions) {
      inputs.add(
          condition == null
              ? null
              : new ConditionInput(condition.path(), condition.operator(), condition.value()));
    }
    return inputs;
  }

  public static List<ConditionDto> toDtos(List<ConditionInput> conditions) {
    return conditions.stream()
        .map(input -> new ConditionDto(input.path(), input.operator(), input.value()))
        .toList();
  }
}
