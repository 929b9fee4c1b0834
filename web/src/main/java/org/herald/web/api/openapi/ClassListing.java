package org.herald.web.api.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes in an anchor class's package and below, as its class loader finds them: in a
 * directory (an exploded module) or a jar. (A code source is no guide: Payara names the WAR file
 * itself for classes it serves from the exploded {@code WEB-INF/classes}.)
 */
final class ClassListing {

  private ClassListing() {}

  static List<Class<?>> beside(Class<?> anchor) {
    String root = anchor.getPackageName().replace('.', '/') + "/";
    List<Class<?>> classes = new ArrayList<>();
    try {
      for (URL url : Collections.list(anchor.getClassLoader().getResources(root))) {
        for (String entry : entries(url, root)) {
          if (entry.endsWith(".class") && !entry.endsWith("-info.class")) {
            load(anchor, entry).ifPresent(classes::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }

  private static Optional<Class<?>> load(Class<?> anchor, String entry) {
    String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    try {
      return Optional.of(Class.forName(name, false, anchor.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty(); // not loadable here: not part of what is described
    }
  }

  /** Entry names (such as {@code org/herald/api/Page.class}) under the package's URL. */
  private static List<String> entries(URL url, String root) throws IOException {
    if ("jar".equals(url.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(root)).toList();
      }
    }
    try {
      Path directory = Path.of(url.toURI());
      try (Stream<Path> files = Files.walk(directory)) {
        return files
            .map(f -> root + directory.relativize(f).toString().replace('\\', '/'))
            .toList();
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      return List.of(); // neither a jar nor a directory: nothing to list
    }
  }
}
