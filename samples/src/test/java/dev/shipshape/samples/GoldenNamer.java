package dev.shipshape.samples;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Names golden files exactly as the generator writes them: {@code golden/<sample>/<path>} is the
 * approved file (no {@code .approved.} infix, so {@code golden/} is a valid tree for kubectl and the
 * oracle), and the received file goes under {@code target/golden-received/}.
 */
final class GoldenNamer implements ApprovalNamer {

  private final String relativePath;

  GoldenNamer(String relativePath) {
    this.relativePath = relativePath;
  }

  @Override
  public File getApprovedFile(String extensionWithDot) {
    return GoldenFiles.ROOT.resolve(relativePath).toFile();
  }

  @Override
  public File getReceivedFile(String extensionWithDot) {
    return GoldenFiles.RECEIVED.resolve(relativePath).toFile();
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
