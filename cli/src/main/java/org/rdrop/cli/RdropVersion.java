package org.rdrop.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (set by Maven), or "dev" when run from classes. */
public final class RdropVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"rdrop " + current()};
  }

  public static String current() {
    String v = RdropVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
