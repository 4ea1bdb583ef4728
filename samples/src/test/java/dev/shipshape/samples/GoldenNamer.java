package dev.shipshape.samples;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Names approved files exactly as they are written: {@code golden/<sample>/<path>} (or
 * {@code docs/<page>}) is the approved file (no {@code .approved.} infix, so {@code golden/} is a
 * valid tree for kubectl and the oracle), and the received file goes under
 * {@code target/golden-received/} (or {@code target/docs-received/}).
 */
final class GoldenNamer implements ApprovalNamer {

  private final GoldenFiles tree;
  private final String relativePath;

  GoldenNamer(GoldenFiles tree, String relativePath) {
    this.tree = tree;
    this.relativePath = relativePath;
  }

  @Override
  public File getApprovedFile(String extensionWithDot) {
    return tree.approved(relativePath).toFile();
  }

  @Override
  public File getReceivedFile(String extensionWithDot) {
    return tree.received(relativePath).toFile();
  }

  @Override
  public String getApprovalName() {
    return relativePath;
  }

  @Override
  public String getSourceFilePath() {
    return Path.of("src", "test", "java").toString();
  }

  @Override
  public ApprovalNamer addAdditionalInformation(String info) {
    throw new UnsupportedOperationException("golden files are named by their path only");
  }

  @Override
  public String getAdditionalInformation() {
    return "";
  }
}
