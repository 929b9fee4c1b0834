package org.herald.web.admin;

import static org.herald.json.JsonProviders.PROVIDER;

import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A Chart.js bar chart as {@code p:chart} takes it: the groups along the axis, one coloured series
 * of figures per dataset, without animation (a browser test reads it at once) and from zero.
 */
final class BarChart {

  private final JsonArrayBuilder labels = PROVIDER.createArrayBuilder();
  private final JsonArrayBuilder datasets = PROVIDER.createArrayBuilder();

  BarChart(List<String> groups) {
    groups.forEach(labels::add);
  }

  /** Adds a series: one figure per group, in the groups' order. */
  BarChart series(String label, String colour, List<Long> figures) {
    JsonArrayBuilder data = PROVIDER.createArrayBuilder();
    figures.forEach(data::add);
    datasets.add(
        PROVIDER
            .createObjectBuilder()
            .add("label", label)
            .add("backgroundColor", colour)
            .add("data", data));
    return this;
  }

  String json() {
    return PROVIDER
        .createObjectBuilder()
        .add("type", "bar")
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
