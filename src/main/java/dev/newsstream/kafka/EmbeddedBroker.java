package dev.newsstream.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) inside this JVM, with
 * its log under a data directory so that topics and offsets survive a restart. The log directory
 * is formatted with the production metadata version, as {@code kafka-storage.sh format} does.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Map<String, String> clientSettings;

    private EmbeddedBroker(KafkaRaftServer server, String bootstrapServers, Map<String, String> clientSettings) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.clientSettings = clientSettings;
    }

    /**
     * The client listener of the embedded broker.
     *
     * @param protocol the security protocol, also used as the listener's name (PLAINTEXT or SSL)
     * @param brokerSettings the broker's settings for it (keystore, truststore)
     * @param clientSettings what a client needs to connect to it ({@code security.protocol}, truststore)
     */
    public record Listener(String protocol, Map<String, String> brokerSettings, Map<String, String> clientSettings) {
        public Listener {
            brokerSettings = Map.copyOf(brokerSettings);
            clientSettings = Map.copyOf(clientSettings);
        }

        public static Listener plaintext() {
            return new Listener("PLAINTEXT", Map.of(), Map.of());
        }

        /** TLS with a PKCS12 keystore for the broker and a PKCS12 truststore that clients share. */
        public static Listener ssl(Path keystore, String keystorePassword, Path truststore, String truststorePassword) {
            Map<String, String> trust = Map.of(
                    "ssl.truststore.type", "PKCS12",
                    "ssl.truststore.location", truststore.toAbsolutePath().toString(),
                    "ssl.truststore.password", truststorePassword);
            Map<String, String> broker = new HashMap<>(trust);
            broker.put("ssl.keystore.type", "PKCS12");
            broker.put("ssl.keystore.location", keystore.toAbsolutePath().toString());
            broker.put("ssl.keystore.password", keystorePassword);
            broker.put("ssl.key.password", keystorePassword);
            Map<String, String> client = new HashMap<>(trust);
            client.put("security.protocol", "SSL");
            return new Listener("SSL", broker, client);
        }

        /**
         * The same TLS listener with SASL/PLAIN authentication on top (SASL_SSL): the broker
         * accepts {@code user} with {@code password} and uses the same account for itself.
         */
        public Listener withSaslPlain(String user, String password) {
            String login = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                    + user + "\" password=\"" + password + "\"";
            Map<String, String> broker = new HashMap<>(brokerSettings);
            broker.put("sasl.enabled.mechanisms", "PLAIN");
            broker.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
            broker.put("listener.name.sasl_ssl.plain.sasl.jaas.config",
                    login + " user_" + user + "=\"" + password + "\";");
            Map<String, String> client = new HashMap<>(clientSettings);
            client.put("security.protocol", "SASL_SSL");
            client.put("sasl.mechanism", "PLAIN");
            client.put("sasl.jaas.config", login + ";");
            return new Listener("SASL_SSL", broker, client);
        }

        static boolean secret(String key) {
            return key.contains("password") || key.contains("jaas");
        }

        @Override
        public String toString() {
            return "Listener[" + protocol + "]"; // never the passwords
        }
    }

    /**
     * Formats {@code dir} when new and starts the broker with a PLAINTEXT client listener.
     *
     * @param port client port; 0 picks a free one
     */
    public static EmbeddedBroker start(Path dir, int port) throws IOException {
        return start(dir, port, Listener.plaintext());
    }

    /**
     * Formats {@code dir} when new and starts the broker with the given client listener. The
     * controller listener stays PLAINTEXT on localhost; brokers talk to each other on the client
     * listener (a single node has no peer, but Kafka requires the setting).
     *
     * @param port client port; 0 picks a free one
     */
    public static EmbeddedBroker start(Path dir, int port, Listener listener) throws IOException {
        Files.createDirectories(dir);
        int clientPort = port == 0 ? freePort() : port;
        if (!portFree(clientPort)) {
            throw new IOException("port " + clientPort + " is in use: is another broker running? "
                    + "Stop it, pass --bootstrap-servers to use it, or set embedded.port");
        }
        int controllerPort = freePort();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        String name = listener.protocol();
        props.put("listeners", name + "://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", name + "://localhost:" + clientPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", name);
        props.put("listener.security.protocol.map", name + ":" + name + ",CONTROLLER:PLAINTEXT");
        props.put("log.dirs", dir.resolve("log").toAbsolutePath().toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "4");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("message.max.bytes", String.valueOf(ClientSettings.MAX_MESSAGE_BYTES));
        props.put("auto.create.topics.enable", "false");
        // the file is only for the storage format step, which needs no secret: passwords stay in memory
        props.putAll(listener.brokerSettings());
        Properties onDisk = new Properties();
        props.stringPropertyNames().stream().filter(k -> !Listener.secret(k)).forEach(k -> onDisk.put(k, props.get(k)));
        Path propsFile = dir.resolve("broker.properties");
        try (Writer w = Files.newBufferedWriter(propsFile, StandardCharsets.UTF_8)) {
            onDisk.store(w, "written by newsstream's embedded broker at each start");
        }
        format(dir, propsFile);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        EmbeddedBroker broker = new EmbeddedBroker(server, "localhost:" + clientPort, listener.clientSettings());
        broker.awaitReady();
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The client settings its listener needs (none for PLAINTEXT), to pass as {@code kafka.*} settings. */
    public Map<String, String> clientSettings() {
        return clientSettings;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void format(Path dir, Path propsFile) throws IOException {
        Path clusterIdFile = dir.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(clusterIdFile).strip();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = StorageTool.execute(new String[] {
            "format", "--cluster-id", clusterId, "--config", propsFile.toString(), "--ignore-formatted"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IOException("cannot format the broker log in " + dir + ": " + out.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() throws IOException {
        Properties p = new Properties();
        p.putAll(clientSettings);
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = Admin.create(p)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("embedded broker did not become ready within 60 s", notYet);
                    }
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
