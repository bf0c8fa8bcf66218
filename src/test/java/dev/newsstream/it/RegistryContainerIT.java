package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.Entity;
import dev.newsstream.avro.EntityType;
import dev.newsstream.avro.Mention;
import dev.newsstream.kafka.WireFormat;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Registry mode against a real Apicurio Registry (the image docker-compose.yml runs): records
 * written by the pipeline's serdes are read back through Apicurio's deserializer and through the
 * Confluent-compatible API, as Confluent's deserializer reads them. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class RegistryContainerIT {
    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>("apicurio/apicurio-registry-mem:2.6.13.Final")
            .withExposedPorts(8080)
            .waitingFor(Wait.forHttp("/health/ready").forStatusCode(200));

    @Test
    void recordsRoundTripThroughTheRealRegistryAndItsConfluentApi() throws Exception {
        String base = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8080);
        WireFormat wire = WireFormat.registry(base + "/apis/registry/v2");
        Mention m = Mention.newBuilder().setText("Okafor").setStart(0).setEnd(6).setInTitle(false).build();
        EnrichedArticle article = EnrichedArticle.newBuilder().setId("dam-1").setText("Okafor opened the dam.")
                .setEntities(List.of(Entity.newBuilder().setType(EntityType.PERSON).setName("Ada Okafor")
                        .setMentions(List.of(m)).setSalience(1.0).build()))
                .setContentHash("cd34").setWordCount(4).setProcessedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setMetadata(Map.of()).build();

        byte[] bytes = wire.enriched.serializer().serialize("news.articles.enriched", article);
        assertEquals(0, bytes[0]);
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();

        try (var consumer = new AvroKafkaDeserializer<EnrichedArticle>()) {
            consumer.configure(Map.of(
                    SerdeConfig.REGISTRY_URL, base + "/apis/registry/v2",
                    SerdeConfig.ENABLE_CONFLUENT_ID_HANDLER, true,
                    SerdeConfig.ENABLE_HEADERS, false,
                    SerdeConfig.USE_ID, "contentId",
                    AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER, true), false);
            assertEquals(article, consumer.deserialize("news.articles.enriched", bytes));
        }

        // Confluent's deserializer: GET /schemas/ids/{id} on the Confluent-compatible API, then plain Avro
        HttpResponse<String> schemaById = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/apis/ccompat/v7/schemas/ids/" + id)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, schemaById.statusCode(), schemaById.body());
        String schemaJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(schemaById.body()).get("schema").asText();
        Schema writer = new Schema.Parser().parse(schemaJson);
        EnrichedArticle viaCcompat = new SpecificDatumReader<EnrichedArticle>(writer, EnrichedArticle.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertEquals(article, viaCcompat);

        HttpResponse<String> subjects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/apis/ccompat/v7/subjects")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(subjects.body().contains("dev.newsstream.avro.EnrichedArticle"), subjects.body());
    }
}
