package org.rdrop.text.bpe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns symbol strings to dense ids, so that symbols equal as strings share one id. */
final class SymbolTable {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> strings = new ArrayList<>();

  int intern(String s) {
    Integer id = ids.get(s);
    if (id != null) {
      return id;
    }
    int next = strings.size();
    ids.put(s, next);
    strings.add(s);
    return next;
  }

  /** Id of {@code s}, or -1 when it was never interned. */
  int lookup(String s) {
    Integer id = ids.get(s);
    return id == null ? -1 : id;
  }

  String string(int id) {
    return strings.get(id);
  }

  int size() {
    return strings.size();
  }
}
