package org.rdrop.format;

/**
 * The version of the code that produced a run, recorded in its manifest: the git commit the launcher
 * passes as {@code -Drdrop.code.version} (with {@code -dirty} for uncommitted changes), else the jar's
 * version, else {@code dev}.
 */
public final class CodeVersion {
  public static final String PROPERTY = "rdrop.code.version";

  private CodeVersion() {}

  public static String current() {
    String v = System.getProperty(PROPERTY);
    if (v != null && !v.isBlank()) {
      return v;
    }
    String jar = CodeVersion.class.getPackage().getImplementationVersion();
    return jar != null ? jar : "dev";
  }
}
