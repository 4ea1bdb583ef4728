package dev.shipshape.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.approvaltests.core.VerifyResult;
import org.approvaltests.reporters.ReporterWithApprovalPower;

/**
 * Reports a mismatch with an approved file: in approve mode it copies the received file over the
 * approved one; else it prints where the two first differ and the command that approves.
 */
final class GoldenReporter implements ReporterWithApprovalPower {

  @Override
  public boolean report(String received, String approved) {
    Path receivedFile = Path.of(received);
    Path approvedFile = Path.of(approved);
    try {
      if (GoldenFiles.approving()) {
        Files.createDirectories(approvedFile.getParent());
        Files.copy(receivedFile, approvedFile, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("approved " + GoldenFiles.REPOSITORY.relativize(approvedFile));
        return true;
      }
      System.err.println(firstDifference(receivedFile, approvedFile)
          + "\n  read the change, then approve it with: " + GoldenFiles.APPROVE_COMMAND
          + (System.getenv("CI") != null ? "\n  (CI is set: nothing is approved automatically)" : ""));
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public VerifyResult approveWhenReported() {
    return GoldenFiles.approving() ? VerifyResult.SUCCESS : VerifyResult.FAILURE;
  }

  private static String firstDifference(Path received, Path approved) throws IOException {
    if (!Files.exists(approved)) {
      return "new approved file " + approved + " (not approved yet); rendered at " + received;
    }
    List<String> expected = Files.readAllLines(approved);
    List<String> actual = Files.readAllLines(received);
    int line = 0;
    while (line < expected.size() && line < actual.size() && expected.get(line).equals(actual.get(line))) {
      line++;
    }
    return "approved file " + approved + " differs from the rendered " + received
        + " at line " + (line + 1) + ":\n  - " + (line < expected.size() ? expected.get(line) : "<end of file>")
        + "\n  + " + (line < actual.size() ? actual.get(line) : "<end of file>");
  }
}
