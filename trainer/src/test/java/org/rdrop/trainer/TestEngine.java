package org.rdrop.trainer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rdrop.trainer.engine.EngineSetup;

/**
 * The engine (one intra-op thread) and a base manager for a test class, closed after its tests:
 * {@code @RegisterExtension static final TestEngine ENGINE = new TestEngine();} (started before the class's
 * own {@code @BeforeAll} methods run).
 */
public final class TestEngine implements BeforeAllCallback, AfterAllCallback {
  private Engine engine;
  private NDManager manager;

  @Override
  public void beforeAll(ExtensionContext context) {
    engine = EngineSetup.start(1);
    manager = NDManager.newBaseManager();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    manager.close();
  }

  public Engine engine() {
    return engine;
  }

  public NDManager manager() {
    return manager;
  }
}
