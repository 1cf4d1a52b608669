package broadsheet.web;

import java.time.Duration;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import spark.embeddedserver.EmbeddedServers;
import spark.embeddedserver.jetty.EmbeddedJettyFactory;
import spark.embeddedserver.jetty.JettyServerFactory;

/**
 * The Jetty server Spark runs, set up as a web server facing anyone: Jetty's own errors answered as the
 * app's ({@link JettyErrors}), no {@code Server} header naming Jetty and its version, and connections
 * closed after {@link #IDLE_TIMEOUT} without a byte (Spark's own connector waits an hour, so idle
 * connections pile up). Spark makes the connector after the server, so it is set up as the server starts.
 */
final class HardenedJetty implements JettyServerFactory {

    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** The name Spark knows this factory by ({@link spark.Service#embeddedServerIdentifier}). */
    private static final Object IDENTIFIER = HardenedJetty.class.getName();

    static {
        EmbeddedServers.add(IDENTIFIER, new EmbeddedJettyFactory(new HardenedJetty()));
    }

    private HardenedJetty() {}

    static Object identifier() {
        return IDENTIFIER;
    }

    @Override
    public Server create(int maxThreads, int minThreads, int threadTimeoutMillis) {
        return hardened(new Server(new QueuedThreadPool(maxThreads, minThreads, threadTimeoutMillis)));
    }

    @Override
    public Server create(ThreadPool threadPool) {
        return hardened(threadPool == null ? new Server() : new Server(threadPool));
    }

    private static Server hardened(Server server) {
        server.setErrorHandler(new JettyErrors());
        server.addLifeCycleListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle starting) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector network) {
                        network.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                    }
                    for (ConnectionFactory factory : connector.getConnectionFactories()) {
                        if (factory instanceof HttpConnectionFactory http) {
                            http.getHttpConfiguration().setSendServerVersion(false);
                        }
                    }
                }
            }
        });
        return server;
    }
}
