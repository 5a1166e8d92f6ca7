package nl.nlzve.search;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.util.concurrent.CountDownLatch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs a local OpenSearch cluster of one or more nodes in this JVM, bound to loopback.
 *
 * <p>Arguments: HTTP_PORT DATA_DIR [NODES]. Node i (1-based) listens on HTTP_PORT + i - 1 and on
 * transport port HTTP_PORT + 100 + i - 1. The process runs until it receives SIGTERM.
 */
public final class Node {

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
            }
            settings.putList("node.roles", "cluster_manager", "data", "ingest");
        }).build(newConfigs().clusterName("nlzve-search").numOfNode(nodes).basePath(dataDir));

        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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
}
