package no.ordna.cms.web.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code cms.jar}: reads the {@code CMS_*} environment, prepares Payara Micro's
 * options and hands over to Payara Micro in the same JVM. Extra command-line arguments are passed
 * on to Payara Micro unchanged. Exits with status 1 when the application could not be deployed.
 */
public final class CmsLauncher {

  /** Set by the application while it is deployed (see {@code StartedSignal}). */
  static final String STARTED = "cms.application.started";

  private CmsLauncher() {}

  public static void main(String[] args) throws Exception {
    LaunchSettings settings;
    try {
      settings = LaunchSettings.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("cms: " + e.getMessage());
      System.exit(2);
      return;
    }
    settings.systemProperties().forEach(System::setProperty);
    Files.createDirectories(settings.dataDir());
    Path preBoot = writeCommands("cms-preboot-", settings.preBootCommands());
    Path postDeploy = writeCommands("cms-postdeploy-", settings.postDeployCommands());

    List<String> payaraArgs = new ArrayList<>(settings.payaraArguments(preBoot, postDeploy));
    payaraArgs.addAll(Arrays.asList(args));
    System.out.println("cms: starting " + settings.describe());
    Class.forName("fish.payara.micro.PayaraMicro")
        .getMethod("main", String[].class)
        .invoke(null, (Object) payaraArgs.toArray(String[]::new));
    // Payara Micro returns once it has booted and deployed; a failed deployment leaves a server
    // that answers every path with 404, so stop instead (a supervisor may then start it again).
    if (!"true".equals(System.getProperty(STARTED))) {
      System.err.println(
          "cms: the application did not start (see the errors above, often the database);"
              + " stopping");
      System.exit(1);
    }
  }

  private static Path writeCommands(String prefix, List<String> commands) throws IOException {
    Path file =
        Files.createTempFile(
            prefix,
            ".txt",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    file.toFile().deleteOnExit();
    Files.writeString(file, String.join("\n", commands) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
