package dev.newsstream.it;

import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.topology.NewsTopology;
import dev.newsstream.topology.PipelineStats;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/** Pipeline instances as the service runs them (cli.PipelineService): a failed stream thread is replaced. */
final class PipelineInstances {
    private PipelineInstances() {}

    /** Starts an instance; every stream thread failure is added to {@code failures} before the thread is replaced. */
    static KafkaStreams start(NewsConfig config, String bootstrap, List<Throwable> failures) {
        return start(config, bootstrap, failures, new java.util.ArrayList<>(), new PipelineStats());
    }

    /** As {@link #start(NewsConfig, String, List)}, recording every state the instance enters. */
    static KafkaStreams start(NewsConfig config, String bootstrap, List<Throwable> failures,
                              List<KafkaStreams.State> states, PipelineStats stats) {
        KafkaStreams streams = new KafkaStreams(NewsTopology.build(config, stats),
                ClientSettings.streams(config, bootstrap));
        streams.setStateListener((now, before) -> states.add(now));
        streams.setUncaughtExceptionHandler(e -> {
            failures.add(e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        return streams;
    }

    static Set<String> activeTasks(KafkaStreams streams) {
        Set<String> tasks = new TreeSet<>();
        streams.metadataForLocalThreads().forEach(t -> t.activeTasks().forEach(task -> tasks.add(task.taskId().toString())));
        return tasks;
    }
}
