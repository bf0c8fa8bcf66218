package dev.newsstream.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.AvroJson;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.InputFiles;
import dev.newsstream.kafka.TopicAdmin;
import dev.newsstream.kafka.WireFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The offline path of {@code enrich}: the very topology that {@code run} deploys, driven
 * in-process with no broker, so that its stages and routing cannot drift from the service.
 * Dedup state spans the whole run. Prints one JSON line per output record.
 *
 * <p>Every input is written at the same instant and the driver's wall clock stands still while
 * the inputs are piped; {@link #flush()} then moves it past the reorder window and the wait for
 * idle partitions once, so that every held article is released in one pass, in publishedAt order
 * (input order when absent): the original of a cluster is its earliest article, whatever the
 * order of the files.
 */
public final class OfflineRunner implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NewsConfig config;
    private final WireFormat wire;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> input;
    private final Map<String, TestOutputTopic<String, byte[]>> outputs = new LinkedHashMap<>();
    private final Path stateDir;
    private final Instant writtenAt = Instant.now();

    public OfflineRunner(NewsConfig config, PipelineStats stats) throws IOException {
        this.stateDir = Files.createTempDirectory("newsstream-enrich");
        this.config = config.withDataDir(stateDir);
        this.wire = WireFormat.of(config);
        Properties props = ClientSettings.streams(this.config, "offline:9092");
        driver = new TopologyTestDriver(NewsTopology.build(this.config, stats), props);
        input = driver.createInputTopic(config.topics().raw(), new StringSerializer(), new ByteArraySerializer());
        for (String topic : TopicAdmin.topicNames(config)) {
            if (!topic.equals(config.topics().raw())) {
                outputs.put(topic, driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer()));
            }
        }
    }

    /**
     * Pushes one raw record through the topology; returns the output records it gave so far as
     * JSON lines (articles that dedup holds come out of {@link #flush()}).
     */
    public List<String> process(String key, byte[] value) {
        input.pipeInput(key, value, writtenAt);
        return drain();
    }

    /** Releases every article dedup holds; returns the output records as JSON lines. */
    public List<String> flush() {
        NewsConfig.DedupReorder reorder = config.dedupReorder();
        if (!reorder.window().isZero()) {
            driver.advanceWallClockTime(reorder.window().plus(reorder.idle()).plus(DedupProcessor.tick(reorder.window())).plusMillis(1));
        }
        return drain();
    }

    private List<String> drain() {
        List<String> lines = new ArrayList<>();
        outputs.forEach((topic, out) -> {
            while (!out.isEmpty()) {
                var record = out.readRecord();
                ObjectNode line = JSON.createObjectNode();
                line.put("topic", topic);
                line.put("key", record.key());
                line.set("value", AvroJson.toJson(wire.decodeAny(record.value())));
                lines.add(line.toString());
            }
        });
        return lines;
    }

    public void run(List<Path> files, PrintStream out) throws IOException {
        for (Path file : InputFiles.expand(files)) {
            for (InputFiles.Input in : InputFiles.read(file, wire)) {
                process(in.key(), in.value()).forEach(out::println);
            }
        }
        flush().forEach(out::println);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        driver.close();
        try (var walk = Files.walk(stateDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
