package dev.shipshape.generator.write;

import java.io.IOException;

/**
 * Called at each step of a write (after staging, after the pre-flight, after the journal, after
 * every rename and deletion, after the index), so that the fault tests can stop a run there or
 * copy the directory as a kill at that moment would leave it. A write with a hook other than
 * {@link #NONE} runs its steps on one thread, in a fixed order.
 */
@FunctionalInterface
interface CommitHook {

  /** No hook: steps run on every core. */
  CommitHook NONE = step -> {};

  /** Reached {@code step}, such as {@code "journal"} or {@code "moved prod/shop/web/deployment.yaml"}. */
  void at(String step) throws IOException;
}
