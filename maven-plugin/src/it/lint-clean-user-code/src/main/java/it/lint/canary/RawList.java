package it.lint.canary;

import java.util.ArrayList;
import java.util.List;

/** Compiled only with -Pcanary: a raw type, so the build proves that -Xlint:all -Werror is in force. */
public final class RawList {

  @SuppressWarnings("unused")
  private final List names = new ArrayList<String>();
}
