package org.herald.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, exactly as operations would deploy it. */
public final class Deployments {

  private Deployments() {}

  /**
   * Read whole into memory: an archive backed by the open zip file was once sent truncated (a
   * deployment failed with "Unexpected end of ZLIB input stream"), its file presumably closed under
   * it.
   */
  public static EnterpriseArchive herald() {
    Path ear = Path.of(System.getProperty("herald.it.ear", "../ear/target/herald.ear"));
    try (InputStream in = Files.newInputStream(ear)) {
      return ShrinkWrap.create(ZipImporter.class, "herald.ear")
          .importFrom(in)
          .as(EnterpriseArchive.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
