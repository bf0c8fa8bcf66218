package dev.newsstream.it;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pipeline scenarios on a real KRaft broker from Kafka's own test kit (no Docker needed). */
class KraftPipelineIT extends PipelineScenarios {
    private static KafkaClusterTestKit cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = ItSupport.startTestKit();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    protected String bootstrapServers() {
        return cluster.bootstrapServers();
    }
}
