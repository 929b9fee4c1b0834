package org.herald.web.admin;

import static org.herald.json.JsonProviders.PROVIDER;

import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A Chart.js chart (bars, or lines) as {@code p:chart} takes it: the groups along the axis, one
 * coloured series of figures per dataset, without animation (a browser test reads it at once) and
 * from zero.
 */
final class Chart {

  private final String type;
  private final JsonArrayBuilder labels = PROVIDER.createArrayBuilder();
  private final JsonArrayBuilder datasets = PROVIDER.createArrayBuilder();

  private Chart(String type, List<String> groups) {
    this.type = type;
    groups.forEach(labels::add);
  }

  /** A bar per group and series. */
  static Chart bar(List<String> groups) {
    return new Chart("bar", groups);
  }

  /** A line per series through the groups (days, say). */
  static Chart line(List<String> groups) {
    return new Chart("line", groups);
  }

  /** Adds a series: one figure per group, in the groups' order. */
  Chart series(String label, String colour, List<Long> figures) {
    JsonArrayBuilder data = PROVIDER.createArrayBuilder();
    figures.forEach(data::add);
    datasets.add(
        PROVIDER
            .createObjectBuilder()
            .add("label", label)
            .add("backgroundColor", colour)
            .add("borderColor", colour)
            .add("data", data));
    return this;
  }

  String json() {
    return PROVIDER
        .createObjectBuilder()
        .add("type", type)
        .add("data", PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            PROVIDER
                .createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    PROVIDER
                        .createObjectBuilder()
                        .add("y", PROVIDER.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
