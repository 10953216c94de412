package org.rdrop.trainer.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the {@code train:} section of an experiment YAML file (or a file holding only that section). */
public final class TrainConfigLoader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private TrainConfigLoader() {}

  public static TrainConfig load(Path file) throws IOException {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not readable YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": expected a YAML mapping");
    }
    JsonNode train = root.has("train") ? root.get("train") : root;
    try {
      return YAML.treeToValue(train, TrainConfig.class).validate();
    } catch (UnrecognizedPropertyException e) {
      throw new IOException(file + ": unknown key '" + e.getPropertyName() + "' at train." + path(e), e);
    } catch (MismatchedInputException e) {
      throw new IOException(file + ": " + e.getOriginalMessage() + " at train." + path(e), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static String path(MismatchedInputException e) {
    StringBuilder sb = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      }
    }
    return sb.toString();
  }
}
