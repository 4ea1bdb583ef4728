package dev.shipshape.generator.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON Pointer: {@code ""} is the whole object, {@code /spec/replicas} a member of a
 * member, {@code /metadata/labels/app.kubernetes.io~1name} a key with a slash ({@code ~1}) and
 * {@code ~0} a tilde; in a list a token is an index, or {@code -} for the end of the list.
 *
 * <pre>{@code
 * Pointer.parse("/metadata/annotations/example.com~1owner").tokens();
 * // [metadata, annotations, example.com/owner]
 * }</pre>
 *
 * @param tokens the reference tokens, unescaped
 */
record Pointer(List<String> tokens) {

  Pointer {
    tokens = List.copyOf(tokens);
  }

  /** The pointer written as {@code text}, or a failure saying what is wrong with it. */
  static Pointer parse(String text) throws PatchFailure {
    if (text.isEmpty()) {
      return new Pointer(List.of());
    }
    if (text.charAt(0) != '/') {
      throw new PatchFailure(PatchRules.INVALID, "'" + text + "' is not a JSON Pointer: it must start with '/'",
          "write the path from the object's root, e.g. '/spec/minReadySeconds'");
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : text.substring(1).split("/", -1)) {
      tokens.add(unescape(text, raw));
    }
    return new Pointer(tokens);
  }

  private static String unescape(String pointer, String raw) throws PatchFailure {
    StringBuilder token = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '~') {
        token.append(c);
      } else if (i + 1 < raw.length() && (raw.charAt(i + 1) == '0' || raw.charAt(i + 1) == '1')) {
        token.append(raw.charAt(++i) == '0' ? '~' : '/');
      } else {
        throw new PatchFailure(PatchRules.INVALID, "'" + pointer + "' is not a JSON Pointer: '~' must be"
            + " followed by 0 (for '~') or 1 (for '/')", "write '~' as '~0' and '/' inside a key as '~1'");
      }
    }
    return token.toString();
  }

  /** Whether this is the pointer to the whole object. */
  boolean isRoot() {
    return tokens.isEmpty();
  }

  /** The pointer to the parent of what this points at; the root has none. */
  Pointer parent() {
    return new Pointer(tokens.subList(0, tokens.size() - 1));
  }

  /** The last token: the key or index in the parent. */
  String last() {
    return tokens.get(tokens.size() - 1);
  }

  /** The first {@code count} tokens. */
  Pointer prefix(int count) {
    return new Pointer(tokens.subList(0, count));
  }

  /** Whether {@code other} points inside what this points at (and is not the same place). */
  boolean isProperPrefixOf(Pointer other) {
    return other.tokens.size() > tokens.size() && other.tokens.subList(0, tokens.size()).equals(tokens);
  }

  /** The pointer as RFC 6901 text, escaped. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    tokens.forEach(token -> text.append('/').append(token.replace("~", "~0").replace("/", "~1")));
    return text.toString();
  }
}
