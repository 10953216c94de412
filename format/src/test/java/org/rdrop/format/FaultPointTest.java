package org.rdrop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The points {@code RDROP_FAULT_AT} names (the kills themselves: KillAndResumeRunTest in the pipeline). */
class FaultPointTest {
  @Test
  void pointsReadAsKindSubjectAndNumber() {
    FaultPoint.Spec w = FaultPoint.Spec.parse("write:rdrop/model.params:2");
    assertThat(w.kind()).isEqualTo("write");
    assertThat(w.subject()).isEqualTo("rdrop/model.params");
    assertThat(w.number()).isEqualTo(2);
    FaultPoint.Spec u = FaultPoint.Spec.parse("update:baseline:5");
    assertThat(u.kind()).isEqualTo("update");
    assertThat(u.subject()).isEqualTo("baseline");
    assertThat(u.number()).isEqualTo(5);
  }

  @Test
  void unsetMeansOffAndAnythingElseIsRefusedNamingTheVariable() {
    assertThat(FaultPoint.Spec.parse(null)).isNull();
    assertThat(FaultPoint.Spec.parse("")).isNull();
    for (String bad : new String[] {"write:manifest.json", "sleep:x:1", "update::3", "write:a:b:1", "write:a:0", "update:rdrop:x"}) {
      assertThatThrownBy(() -> FaultPoint.Spec.parse(bad)).as(bad)
          .hasMessageStartingWith("RDROP_FAULT_AT=" + bad + ": expected write:<path>:<k> or update:<method>:<n>");
    }
  }

  @Test
  void withoutTheVariableEveryPointIsPassedThrough() {
    // The suite's JVM does not set RDROP_FAULT_AT: the hooks return at once.
    assertThat(System.getenv(FaultPoint.ENV)).isNull();
    FaultPoint.afterUpdate("rdrop", 1);
  }
}
