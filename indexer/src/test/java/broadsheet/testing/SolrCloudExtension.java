package broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the test run's one {@link SolrTestCluster}, as a parameter of that type (of a test, or of a
 * {@code @BeforeAll} method): started for the first test that asks, shared by every test class after it, and stopped
 * when the run ends, whatever happened, because the run's root store closes what it holds. Each test class makes
 * collections of its own names in it.
 */
public final class SolrCloudExtension implements ParameterResolver {

    /** Two nodes, so that a collection's two shards are on different nodes, as in production. */
    private static final int NODES = 2;
    /** In the module's target folder, beside the surefire reports. */
    private static final Path LOG = Path.of("target", "solr-test-cluster.log");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SolrCloudExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SolrTestCluster.class;
    }

    @Override
    public SolrTestCluster resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SolrTestCluster.class, type -> start(), SolrTestCluster.class);
    }

    private static SolrTestCluster start() {
        try {
            return SolrTestCluster.start(NODES, LOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test SolrCloud", e);
        }
    }
}
