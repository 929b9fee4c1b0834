package org.herald.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, exactly as operations would deploy it. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive herald() {
    File ear = new File(System.getProperty("herald.it.ear", "../ear/target/herald.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
