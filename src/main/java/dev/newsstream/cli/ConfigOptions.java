package dev.newsstream.cli;

import dev.newsstream.config.ConfigLoader;
import dev.newsstream.config.NewsConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command shares; they become the flags layer of the configuration. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with settings (see README).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka cluster to use. Without it, run/demo start an embedded broker.")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "State and embedded broker data (default: data).")
    Path dataDir;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting, e.g. --set topic.partitions=8.")
    Map<String, String> settings = new LinkedHashMap<>();

    NewsConfig load(Map<String, String> environment) {
        Map<String, String> file = configFile == null ? Map.of() : ConfigLoader.readFile(configFile);
        Map<String, String> flags = new HashMap<>(settings);
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        if (dataDir != null) {
            flags.put("data.dir", dataDir.toString());
        }
        return ConfigLoader.load(file, ConfigLoader.fromEnvironment(environment), flags);
    }
}
