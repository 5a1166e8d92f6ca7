package nl.nlzve.search;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs a local OpenSearch cluster of one or more nodes in this JVM, bound to loopback.
 *
 * <p>Arguments: HTTP_PORT DATA_DIR [NODES]. Node i (1-based) listens on HTTP_PORT + i - 1 and on
 * transport port HTTP_PORT + 100 + i - 1. The process runs until it receives SIGTERM.
 *
 * <p>A file {@code DATA_DIR/control/stop-<i>} closes node i (its HTTP and transport ports close,
 * its data stays), {@code start-<i>} starts it again on the same data; the file is removed when
 * the node has stopped or started, so a caller waits for it to disappear.
 */
public final class Node {

    private static final long CONTROL_POLL_MILLIS = 200;

    private Node() {
    }

    public static void main(final String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Node HTTP_PORT DATA_DIR [NODES]");
            System.exit(2);
        }
        final int httpPort = Integer.parseInt(args[0]);
        final String dataDir = args[1];
        final int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        final int transportPort = httpPort + 100;

        final OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(httpPort + number - 1));
            settings.put("transport.port", String.valueOf(transportPort + number - 1));
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("action.auto_create_index", false);
            if (nodes == 1) {
                settings.put("discovery.type", "single-node");
            } else {
                final String[] seeds = new String[nodes];
                final String[] managers = new String[nodes];
                for (int i = 0; i < nodes; i++) {
                    seeds[i] = "127.0.0.1:" + (transportPort + i);
                    managers[i] = "Node " + (i + 1);
                }
                settings.putList("discovery.seed_hosts", seeds);
                settings.putList("cluster.initial_cluster_manager_nodes", managers);
                // The runner starts the nodes one after another: a node waiting for a cluster
                // that its later siblings complete would hold up the start for 30 s.
                settings.put("discovery.initial_state_timeout", "0s");
            }
            settings.putList("node.roles", "cluster_manager", "data", "ingest");
        }).build(newConfigs().clusterName("nlzve-search").numOfNode(nodes).basePath(dataDir));

        final Path control = Paths.get(dataDir, "control");
        Files.createDirectories(control);
        // Requests left over from an earlier run are not meant for this one.
        for (int number = 1; number <= nodes; number++) {
            Files.deleteIfExists(control.resolve("stop-" + number));
            Files.deleteIfExists(control.resolve("start-" + number));
        }
        final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            final Thread thread = new Thread(task, "node-control");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> obey(runner, control, nodes), CONTROL_POLL_MILLIS,
                CONTROL_POLL_MILLIS, TimeUnit.MILLISECONDS);

        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.shutdownNow();
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("closing the cluster failed: " + e);
            }
            stopped.countDown();
        }));
        runner.ensureYellow();
        System.out.println("opensearch: " + nodes + " node(s) up from HTTP port " + httpPort);
        stopped.await();
    }

    /** Carries out the stop and start requests in the control directory, one node at a time. */
    private static void obey(final OpenSearchRunner runner, final Path control, final int nodes) {
        for (int number = 1; number <= nodes; number++) {
            // An exception must not escape: it would cancel the schedule and end all control.
            try {
                final Path stop = control.resolve("stop-" + number);
                if (Files.exists(stop)) {
                    stopNode(runner, number);
                    Files.delete(stop);
                }
                final Path start = control.resolve("start-" + number);
                if (Files.exists(start)) {
                    startNode(runner, number);
                    Files.delete(start);
                }
            } catch (final IOException | RuntimeException | InterruptedException e) {
                System.err.println("opensearch: controlling node " + number + " failed: " + e);
            }
        }
    }

    private static void stopNode(final OpenSearchRunner runner, final int number)
            throws IOException, InterruptedException {
        final org.opensearch.node.Node node = runner.getNode(number - 1);
        if (node.isClosed()) {
            return;
        }
        final long started = System.nanoTime();
        node.close();
        if (!node.awaitClose(30, TimeUnit.SECONDS)) {
            System.err.println("opensearch: node " + number + " did not close within 30 s");
            return;
        }
        System.out.println("opensearch: node " + number + " stopped in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    }

    private static void startNode(final OpenSearchRunner runner, final int number) {
        final long started = System.nanoTime();
        if (runner.startNode(number - 1)) {
            System.out.println("opensearch: node " + number + " started in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        }
    }
}
