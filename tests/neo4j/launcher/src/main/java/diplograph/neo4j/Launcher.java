// Test-only launcher: embeds Neo4j Community with a Bolt connector on loopback, so tests and CI get a real Neo4j without Docker.
package diplograph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Protocol with the caller (tests/neo4j/launcher.ts):
 * <ul>
 *   <li>stdout carries exactly one line, {@code NEO4J_READY bolt://127.0.0.1:PORT}, once Bolt accepts
 *       connections with the configured credentials; or {@code NEO4J_FAILED reason} before exiting 1.</li>
 *   <li>stderr carries human-readable progress and errors.</li>
 *   <li>SIGTERM, SIGINT or end of stdin shut the DBMS down cleanly (checkpoint, locks released), so the
 *       process never outlives the test run that spawned it, even when that run is killed.</li>
 * </ul>
 *
 * <p>Arguments: {@code --port N} (0 or absent: a free port), {@code --data-dir PATH} (absent: a temp dir),
 * {@code --delete-data-on-exit} (a temp dir is always deleted), {@code --page-cache SIZE} (e.g. 64m),
 * {@code --user NAME}, {@code --password PW}, {@code --no-stdin-watch} (for manual runs with no stdin).
 * User and password default to env NEO4J_LAUNCHER_USER / NEO4J_LAUNCHER_PASSWORD, then neo4j / diplograph-test.
 */
public final class Launcher {
  private static final String HOST = "127.0.0.1";
  private static final Duration AVAILABLE_TIMEOUT = Duration.ofSeconds(120);

  private record Options(
      int port,
      Path dataDir,
      boolean deleteDataOnExit,
      long pageCacheBytes,
      String user,
      String password,
      boolean watchStdin) {}

  private Launcher() {}

  public static void main(String[] args) {
    try {
      run(parse(args));
    } catch (Throwable failure) {
      // One machine-readable line for the caller, the stack trace for the human reading stderr.
      System.out.println("NEO4J_FAILED " + oneLine(failure));
      System.out.flush();
      failure.printStackTrace(System.err);
      // exit, not return: Neo4j's threads would keep a half-started JVM alive. The shutdown hook, if already
      // registered, still stops the DBMS cleanly and deletes a temp dir.
      System.exit(1);
    }
  }

  private static void run(Options options) throws Exception {
    long startedAt = System.nanoTime();
    if (options.watchStdin()) {
      // From the start: a parent that dies while Neo4j boots must not leave it running.
      watchStdin();
    }
    checkPortFree(options.port());
    Path home = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("diplograph-neo4j-");
    boolean deleteHome = options.dataDir() == null || options.deleteDataOnExit();
    Files.createDirectories(home);
    log("starting Neo4j in " + home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port()))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port()))
            // Loopback only: TLS would add certificates to manage and nothing to test.
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
            // No network but the loopback here: never try to phone home.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Throwaway stores: no need to preallocate transaction log files on disk.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            // A stop under load (fault tests) should not wait 10 s for open transactions.
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            // Netty's graceful-shutdown quiet period made every stop take about 10 s; a test server can stop at once.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
            .build();

    log("DBMS started after " + millisSince(startedAt) + " ms");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log("stopping Neo4j");
                  try {
                    dbms.shutdown();
                  } catch (RuntimeException e) {
                    log("shutdown failed: " + oneLine(e));
                  }
                  if (deleteHome) {
                    deleteRecursively(home);
                  }
                  log("stopped");
                  stopped.countDown();
                },
                "neo4j-launcher-shutdown"));

    setCredentials(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), options.user(), options.password());
    log("credentials set after " + millisSince(startedAt) + " ms");

    GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!neo4j.isAvailable(AVAILABLE_TIMEOUT.toMillis())) {
      throw new IllegalStateException("database \"neo4j\" not available after " + AVAILABLE_TIMEOUT);
    }
    int port = boltPort(neo4j);
    awaitTcp(port);
    log("ready on port " + port + " after " + millisSince(startedAt) + " ms (JVM up " + jvmUptimeMillis() + " ms)");
    System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
    System.out.flush();

    // Neo4j's own threads keep the JVM alive; wait here only so main() does not look finished.
    stopped.await();
  }

  /**
   * Neo4j 5 creates user neo4j with password "neo4j" and "change required", which Bolt clients cannot use.
   * Embedded transactions run with full rights, so the system database accepts the admin commands that
   * cypher-shell would send; both are idempotent, so a restart on the same data dir is fine.
   */
  private static void setCredentials(GraphDatabaseService system, String user, String password) {
    Map<String, Object> params = Map.of("user", user, "password", password);
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (RuntimeException e) {
      // A restart on the same data dir: Neo4j refuses to "change" a password to itself, which is what we want.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  /** Fails in milliseconds, with a plain message, where Neo4j would fail after booting its databases. */
  private static void checkPortFree(int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(HOST, port));
    } catch (IOException e) {
      throw new IllegalStateException("port " + HOST + ":" + port + " is in use (" + e.getMessage() + ")", e);
    }
  }

  /** The bound port, which differs from the configured one when that was 0. */
  private static int boltPort(GraphDatabaseService db) {
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
    if (address == null) {
      throw new IllegalStateException("the Bolt connector did not register a port");
    }
    return address.getPort();
  }

  /** Belt and braces: the caller is told "ready" only once a TCP connect to Bolt succeeds. */
  private static void awaitTcp(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Bolt port " + port + " refuses connections", e);
        }
        Thread.sleep(100);
      }
    }
  }

  /** The parent closing our stdin (normally, or by dying) means nobody will ever stop us: stop now. */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException e) {
                log("stdin failed, stopping: " + oneLine(e));
              }
              log("stdin closed");
              System.exit(0);
            },
            "neo4j-launcher-stdin");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static Options parse(String[] args) {
    int port = 0;
    Path dataDir = null;
    boolean deleteDataOnExit = false;
    long pageCache = ByteUnit.mebiBytes(64);
    String user = envOr("NEO4J_LAUNCHER_USER", "neo4j");
    String password = envOr("NEO4J_LAUNCHER_PASSWORD", "diplograph-test");
    boolean watchStdin = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> port = parsePort(value(args, ++i, arg));
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg)).toAbsolutePath();
        case "--delete-data-on-exit" -> deleteDataOnExit = true;
        case "--page-cache" -> pageCache = ByteUnit.parse(value(args, ++i, arg));
        case "--user" -> user = value(args, ++i, arg);
        case "--password" -> password = value(args, ++i, arg);
        case "--no-stdin-watch" -> watchStdin = false;
        default -> throw new IllegalArgumentException("launcher: unknown argument \"" + arg + "\"");
      }
    }
    if (user.isBlank()) {
      throw new IllegalArgumentException("launcher: the user name is empty");
    }
    if (password.length() < 8) {
      throw new IllegalArgumentException("launcher: Neo4j 5 requires a password of at least 8 characters");
    }
    return new Options(port, dataDir, deleteDataOnExit, pageCache, user, password, watchStdin);
  }

  private static String value(String[] args, int index, String flag) {
    if (index >= args.length) {
      throw new IllegalArgumentException("launcher: " + flag + " needs a value");
    }
    return args[index];
  }

  private static int parsePort(String text) {
    int port = Integer.parseInt(text);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("launcher: port out of range: " + text);
    }
    return port;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Launcher::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      log("could not delete " + root + ": " + oneLine(e));
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = failure == root ? String.valueOf(failure.getMessage()) : failure.getMessage() + " (cause: " + root + ")";
    return message.replaceAll("\\s+", " ");
  }

  private static long millisSince(long nanoTime) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
  }

  private static long jvmUptimeMillis() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
  }

  private static void log(String message) {
    System.err.println("[neo4j-launcher] " + message);
  }
}
